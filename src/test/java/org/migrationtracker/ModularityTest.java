package org.migrationtracker;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModuleDependency;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.DependencyType;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.DiagramOptions;
import org.springframework.modulith.docs.Documenter.DiagramOptions.ElementsWithoutRelationships;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTest {

    private static final ApplicationModules modules = ApplicationModules.of(Application.class);

    static final String GRAPH_START = "<!-- module graph: written by ModularityTest from the code, do not edit -->";
    static final String GRAPH_END = "<!-- end of module graph -->";

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

    /** Refreshes the PlantUML diagrams and canvases in docs/modules (committed, linked from the README). */
    @Test
    void the_module_diagrams_are_written_to_docs_modules() throws IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml(DiagramOptions.defaults()
                        .withElementsWithoutRelationships(ElementsWithoutRelationships.VISIBLE))
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        sortRelationships(Path.of("docs/modules"));

        assertThat(new File("docs/modules/components.puml")).content()
                .contains("Component(MigrationTracker.MigrationTracker.Dashboard", "Rel(");
    }

    /**
     * Structurizr writes the relationships in a different order on every run; sorted, an unchanged structure leaves
     * the committed files unchanged (PlantUML does not care about their order).
     */
    private static void sortRelationships(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            for (var file : files.filter(path -> path.toString().endsWith(".puml")).toList()) {
                var lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                var sorted = new ArrayList<String>();
                var run = new ArrayList<String>();
                for (var line : lines) {
                    if (!run.isEmpty() && !kind(line).equals(kind(run.getFirst()))) {
                        sorted.addAll(run.stream().sorted().toList());
                        run.clear();
                    }
                    if (kind(line).isEmpty()) {
                        sorted.add(line);
                    } else {
                        run.add(line);
                    }
                }
                sorted.addAll(run.stream().sorted().toList());
                Files.write(file, sorted, StandardCharsets.UTF_8);
            }
        }
    }

    /** The kind of a line whose neighbours of the same kind may be reordered, or empty. */
    private static String kind(String line) {
        var trimmed = line.strip();
        return trimmed.startsWith("Rel(") ? "Rel" : trimmed.startsWith("Component(") ? "Component" : "";
    }

    /** GitHub does not render PlantUML, but it renders Mermaid: the README gets the same graph as Mermaid. */
    @Test
    void the_readme_shows_the_module_graph_of_the_code() throws IOException {
        var readme = Path.of("README.md");
        var text = Files.readString(readme, StandardCharsets.UTF_8);
        int start = text.indexOf(GRAPH_START);
        int end = text.indexOf(GRAPH_END);
        assertThat(start).as("the README's module graph markers").isNotNegative().isLessThan(end);

        var refreshed = text.substring(0, start + GRAPH_START.length()) + "\n" + mermaid() + text.substring(end);
        if (!refreshed.equals(text)) {
            Files.writeString(readme, refreshed, StandardCharsets.UTF_8);
        }

        assertThat(Files.readString(readme, StandardCharsets.UTF_8)).contains("dashboard -->", "base[\"base (open)\"]");
    }

    /**
     * One node per module, one arrow per module it depends on: solid where it calls a Spring bean of the other
     * module, dotted where it only uses its types (entities, events, UI parts); "listens" marks event listeners.
     */
    private static String mermaid() {
        var lines = new ArrayList<String>();
        lines.add("```mermaid");
        lines.add("flowchart LR");
        var sorted = modules.stream().sorted(Comparator.comparing(module -> module.getIdentifier().toString())).toList();
        for (var module : sorted) {
            var id = module.getIdentifier().toString();
            lines.add("    %s[\"%s\"]".formatted(id, module.isOpen() ? id + " (open)" : id));
        }
        for (var module : sorted) {
            var kinds = module.getDirectDependencies(modules).stream()
                    .collect(Collectors.groupingBy(dependency -> dependency.getTargetModule().getIdentifier().toString(),
                            TreeMap::new, Collectors.mapping(ApplicationModuleDependency::getDependencyType, Collectors.toSet())));
            kinds.forEach((target, types) -> lines.add("    %s %s%s %s".formatted(module.getIdentifier(),
                    types.contains(DependencyType.USES_COMPONENT) ? "-->" : "-.->",
                    types.contains(DependencyType.EVENT_LISTENER) ? "|listens|" : "", target)));
        }
        lines.add("```");
        return String.join("\n", lines) + "\n";
    }
}
