package org.migrationtracker.access;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.data.repository.Repository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.annotation.Secured;
import org.springframework.security.access.prepost.PostAuthorize;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.util.ClassUtils;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;


import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Services are where access is decided (screens and endpoints only show it): every public method of a
 * {@code @Service} says who may call it, and screens and endpoints reach data only through services.
 */
class ServiceMethodSecurityTest {

    private static final String ROOT = "org.migrationtracker";

    private static final List<Class<? extends Annotation>> SECURITY = List.of(
            PreAuthorize.class, PostAuthorize.class, Secured.class, RolesAllowed.class, PermitAll.class);

    /** Called by the framework, not by a caller with a role. */
    private static final List<Class<? extends Annotation>> FRAMEWORK_CALLBACKS = List.of(
            EventListener.class, TransactionalEventListener.class, Scheduled.class);

    /**
     * Public service methods that run before anyone is signed in or for any visitor, each with its reason. Kept short
     * on purpose: a method lands here only when no role can be asked for.
     */
    private static final Map<String, String> UNSECURED_BY_DESIGN = Map.of(
            "security.TrackerUserDetailsService.loadUserByUsername", "sign-in itself: nobody is signed in yet",
            "security.DirectoryUsers.localAccountOwns", "directory sign-in itself: nobody is signed in yet",
            "security.DirectoryUsers.signedIn", "directory sign-in itself: the directory has just accepted the password",
            "live.Presence.expiry", "a setting, no data",
            "security.session.SessionRegistry.absoluteLifetime", "a setting, no data",
            "security.session.SessionRegistry.idleTimeout", "a setting, no data",
            "dashboard.DashboardService.computationCount", "a counter of this instance's work, no data");

    @Test
    void every_public_service_method_carries_a_security_annotation() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new org.springframework.core.type.filter.AnnotationTypeFilter(Service.class));
        var missing = new ArrayList<String>();
        int checked = 0;
        for (var candidate : scanner.findCandidateComponents(ROOT)) {
            Class<?> service = ClassUtils.forName(candidate.getBeanClassName(), getClass().getClassLoader());
            for (Method method : service.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers()) || Modifier.isStatic(method.getModifiers())
                        || method.isSynthetic() || annotatedWithAny(method, FRAMEWORK_CALLBACKS)) {
                    continue;
                }
                checked++;
                String name = service.getName().substring(ROOT.length() + 1) + "." + method.getName();
                if (!annotatedWithAny(method, SECURITY) && !annotatedWithAny(service, SECURITY)
                        && !UNSECURED_BY_DESIGN.containsKey(name)) {
                    missing.add(name);
                }
            }
        }
        assertThat(checked).as("public service methods found").isGreaterThan(50);
        assertThat(missing).as("public service methods without @PreAuthorize (or another security annotation)").isEmpty();
    }

    @Test
    void screens_and_endpoints_reach_data_only_through_services() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
        noClasses().that().resideInAnyPackage("..ui..", "..api..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .orShould().dependOnClassesThat().areAssignableTo(JdbcClient.class)
                .orShould().dependOnClassesThat().areAssignableTo(JdbcTemplate.class)
                .orShould().dependOnClassesThat().areAssignableTo(NamedParameterJdbcTemplate.class)
                .because("a screen or endpoint that reads a table itself skips the service's @PreAuthorize")
                .check(classes);
    }

    private static boolean annotatedWithAny(AnnotatedElement element, List<Class<? extends Annotation>> annotations) {
        return annotations.stream().anyMatch(a -> AnnotatedElementUtils.hasAnnotation(element, a));
    }

}
