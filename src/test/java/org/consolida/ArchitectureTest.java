package org.consolida;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of DESIGN.md as tests: dependencies point one way, down the pipeline (inventory ← io, planning,
 * simulation ← rules ← report ← pipeline ← cli, batch), so a change that imports back up fails the build.
 */
class ArchitectureTest {
    private static JavaClasses product;

    @BeforeAll
    static void importProductClasses() {
        product = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.consolida");
    }

    private static String pkg(String name) {
        return "org.consolida." + name + "..";
    }

    @Test
    void theModelImportsNoStage() {
        check(noClasses().that().resideInAPackage(pkg("inventory"))
                .should().dependOnClassesThat().resideInAnyPackage(pkg("io"), pkg("planning"), pkg("rules"),
                        pkg("simulation"), pkg("report"), pkg("pipeline"), pkg("batch"), pkg("cli"), pkg("roadef"),
                        pkg("generator"), pkg("bench")));
    }

    @Test
    void planningKnowsTheModelNotTheOtherStages() {
        check(noClasses().that().resideInAPackage(pkg("planning"))
                .should().dependOnClassesThat().resideInAnyPackage(pkg("io"), pkg("rules"), pkg("simulation"),
                        pkg("report"), pkg("pipeline"), pkg("batch"), pkg("cli")));
    }

    @Test
    void simulationKnowsTheModelNotTheOtherStages() {
        check(noClasses().that().resideInAPackage(pkg("simulation"))
                .should().dependOnClassesThat().resideInAnyPackage(pkg("io"), pkg("planning"), pkg("rules"),
                        pkg("report"), pkg("pipeline"), pkg("batch"), pkg("cli")));
    }

    @Test
    void readersKnowTheModelNotTheStagesAfterThem() {
        check(noClasses().that().resideInAPackage(pkg("io"))
                .should().dependOnClassesThat().resideInAnyPackage(pkg("planning"), pkg("rules"), pkg("simulation"),
                        pkg("report"), pkg("pipeline"), pkg("batch"), pkg("cli"), pkg("roadef")));
    }

    @Test
    void rulesDoNotReachPastThePlan() {
        check(noClasses().that().resideInAPackage(pkg("rules"))
                .should().dependOnClassesThat().resideInAnyPackage(pkg("io"), pkg("simulation"), pkg("report"),
                        pkg("pipeline"), pkg("batch"), pkg("cli")));
    }

    @Test
    void reportRendersAFinishedResultAndImportsNoPipeline() {
        check(noClasses().that().resideInAPackage(pkg("report"))
                .should().dependOnClassesThat().resideInAnyPackage(pkg("pipeline"), pkg("batch"), pkg("cli")));
    }

    @Test
    void roadefSharesNothingWithTheReaders() {
        check(noClasses().that().resideInAPackage(pkg("roadef"))
                .should().dependOnClassesThat().resideInAnyPackage(pkg("io"), pkg("pipeline"), pkg("cli")));
    }

    @Test
    void nothingImportsTheCommandLine() {
        check(noClasses().that().resideOutsideOfPackage(pkg("cli"))
                .should().dependOnClassesThat().resideInAPackage(pkg("cli")));
    }

    @Test
    void theProductDoesNotDependOnBenchmarks() {
        check(noClasses().that().resideOutsideOfPackage(pkg("bench"))
                .should().dependOnClassesThat().resideInAPackage(pkg("bench")));
    }

    @Test
    void benchmarksAreNotProductClasses() {
        // src/bench/java compiles with the tests: a bench class among the main classes means it slipped back.
        check(noClasses().should().resideInAPackage(pkg("bench")));
    }

    @Test
    void packagesFormNoCycles() {
        check(slices().matching("org.consolida.(*)..").should().beFreeOfCycles());
    }

    private static void check(ArchRule rule) {
        rule.check(product);
    }
}
