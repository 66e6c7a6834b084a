package org.migrationtracker;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import java.io.File;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTest {

    private static final ApplicationModules modules = ApplicationModules.of(Application.class);

    @Test
    void feature_modules_respect_their_boundaries_and_have_no_cycles() {
        modules.verify();
    }

    @Test
    void every_module_declares_the_modules_it_may_depend_on() throws ClassNotFoundException {
        for (var module : modules) {
            var packageInfo = Class.forName(module.getBasePackage().getName() + ".package-info");
            var declaration = packageInfo.getAnnotation(ApplicationModule.class);
            assertThat(declaration).as("@ApplicationModule on %s", module.getBasePackage().getName()).isNotNull();
            // the default, a single open token, would let the module depend on anything
            assertThat(Arrays.asList(declaration.allowedDependencies()))
                    .as("allowedDependencies of %s", module.getIdentifier())
                    .doesNotContain(ApplicationModule.OPEN_TOKEN);
        }
    }

    /** Refreshes the diagrams in docs/modules (committed; the README links them) on every test run. */
    @Test
    void the_module_diagrams_are_written_to_docs_modules() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml(Documenter.DiagramOptions.defaults()
                        .withElementsWithoutRelationships(Documenter.DiagramOptions.ElementsWithoutRelationships.VISIBLE))
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();

        assertThat(new File("docs/modules/components.puml")).content().contains("Component(", "Rel(");
    }
}
