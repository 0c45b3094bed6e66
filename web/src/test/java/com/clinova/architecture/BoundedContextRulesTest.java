package com.clinova.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The context boundaries of ARCHITECTURE.md as executable rules: conventions alone erode. A
 * bounded context is any package {@code com.clinova.<name>} that has an {@code api} package;
 * new contexts are covered without touching this test.
 */
class BoundedContextRulesTest {

    private static JavaClasses clinova;
    private static Set<String> contexts;

    @BeforeAll
    static void importClasses() {
        clinova = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.clinova");
        contexts = new TreeSet<>();
        for (JavaClass type : clinova) {
            String[] parts = type.getPackageName().split("\\.");
            if (parts.length >= 4 && parts[3].equals("api")) {
                contexts.add(parts[2]);
            }
        }
    }

    @Test
    void findsTheContexts() {
        assertTrue(contexts.containsAll(Set.of("tenancy", "patients")), "contexts found: " + contexts);
    }

    @Test
    void otherCodeUsesAContextOnlyThroughItsApi() {
        for (String context : contexts) {
            String home = "com.clinova." + context + "..";
            noClasses()
                    .that()
                    .resideOutsideOfPackage(home)
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(
                            "com.clinova." + context + ".domain..",
                            "com.clinova." + context + ".application..",
                            "com.clinova." + context + ".infrastructure..")
                    .because("other contexts and the WARs may import only com.clinova." + context + ".api")
                    .check(clinova);
        }
    }

    @Test
    void platformKnowsNoContextAndNoWebModule() {
        noClasses()
                .that()
                .resideInAPackage("com.clinova.platform..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(contextAndWebPackages())
                .check(clinova);
    }

    @Test
    void contextsDoNotReachIntoTheWebModule() {
        noClasses()
                .that()
                .resideOutsideOfPackage("com.clinova.web..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.clinova.web..")
                .check(clinova);
    }

    @Test
    void domainDependsOnNeitherApplicationNorInfrastructure() {
        noClasses()
                .that()
                .resideInAPackage("com.clinova.*.domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("com.clinova.*.application..", "com.clinova.*.infrastructure..")
                .check(clinova);
    }

    @Test
    void restResourcesLiveInTheWebModule() {
        classes()
                .that()
                .areAnnotatedWith(jakarta.ws.rs.Path.class)
                .should()
                .resideInAPackage("com.clinova.web..")
                .andShould()
                .haveSimpleNameEndingWith("Resource")
                .check(clinova);
    }

    private static String[] contextAndWebPackages() {
        Set<String> packages = new TreeSet<>();
        contexts.forEach(c -> packages.add("com.clinova." + c + ".."));
        packages.add("com.clinova.web..");
        return packages.toArray(String[]::new);
    }
}
