package org.consolida;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.constructors;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMembers;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

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
    void commandsPrintThroughPicocliNotTheGlobalStreams() {
        // spec.commandLine().getOut()/getErr(): tests capture them without swapping System.out for everyone.
        check(noClasses().that().resideInAPackage(pkg("cli"))
                .should().accessField(System.class, "out").orShould().accessField(System.class, "err"));
    }

    @Test
    void identifiersSpellUtilizationAsTheKeysUsersWriteDo() {
        // Words (docs, messages, labels) say "utilisation"; names say "utilization", as the policy key maxUtilization,
        // the plan.json keys and the DRL facts' accessors, which users write and which stay as they are.
        check(noClasses().should().haveSimpleNameContaining("Utilisation"));
        check(noMembers().should().haveNameMatching("(?i).*utilisation.*"));
    }

    @Test
    void benchmarksAreNotProductClasses() {
        // src/bench/java compiles with the tests: a bench class among the main classes means it slipped back.
        check(noClasses().should().resideInAPackage(pkg("bench")));
    }

    /** More parameters than a reader can match by position (STYLE.md): such a constructor is called by a builder. */
    static final int MAX_POSITIONAL = 8;

    @Test
    void longConstructorsAreCalledOnlyByTheirBuilders() {
        ArchRule rule = constructors().that(haveMoreParametersThan(MAX_POSITIONAL))
                .should(beCalledOnlyByABuilder()).allowEmptyShould(true);
        // Tests and benchmarks too: only a constructor's own test (FooTest for Foo) may call it by position.
        rule.check(new ClassFileImporter().importPackages("org.consolida"));
    }

    private static DescribedPredicate<JavaConstructor> haveMoreParametersThan(int count) {
        return DescribedPredicate.describe("have more than " + count + " parameters",
                constructor -> constructor.getRawParameterTypes().size() > count);
    }

    /**
     * Called only from a class named {@code *Builder} (or nested in one), from the class itself (a record's
     * {@code with…} copy, a shorter constructor that delegates) or from its own test.
     */
    static ArchCondition<JavaConstructor> beCalledOnlyByABuilder() {
        return new ArchCondition<>("be called only by a builder") {
            @Override
            public void check(JavaConstructor constructor, ConditionEvents events) {
                for (JavaConstructorCall call : constructor.getCallsOfSelf()) {
                    if (!isBuilderOrSelf(call.getOriginOwner(), constructor.getOwner())) {
                        events.add(SimpleConditionEvent.violated(call, call.getDescription()));
                    }
                }
            }
        };
    }

    private static boolean isBuilderOrSelf(JavaClass origin, JavaClass owner) {
        for (JavaClass c = origin; c != null; c = c.getEnclosingClass().orElse(null)) {
            if (c.equals(owner) || c.getSimpleName().endsWith("Builder")
                    || c.getSimpleName().equals(owner.getSimpleName() + "Test")) {
                return true;
            }
        }
        return false;
    }

    @Test
    void packagesFormNoCycles() {
        check(slices().matching("org.consolida.(*)..").should().beFreeOfCycles());
    }

    private static void check(ArchRule rule) {
        rule.check(product);
    }
}
