package org.careerbot.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The boundaries between the packages, checked on every build over the classes of every module (so it lives in the
 * app, which sees them all). The modules already keep Bolt and JDA out of the core and the adapters apart; these
 * rules also hold inside a module: a platform's library is known only to its adapter, adapters know neither each
 * other nor the application that wires them, and what every platform shares (the exchange, the core, understanding,
 * answers and the model they share) knows no platform at all. So a new platform is one new package. The
 * dependencies run one way: knowledge, model, understanding, answers, the exchange and the core, the adapters, the
 * app.
 */
@AnalyzeClasses(packages = "org.careerbot",
        importOptions = {ImportOption.DoNotIncludeTests.class, BoundariesTest.NoTestJars.class})
class BoundariesTest {
    private static final String SLACK = "org.careerbot.slack..";
    private static final String DISCORD = "org.careerbot.discord..";
    private static final String CONSOLE = "org.careerbot.console..";
    private static final String APP = "org.careerbot.app..";
    private static final String MODEL = "org.careerbot.model..";
    private static final String UNDERSTANDING = "org.careerbot.understanding..";
    private static final String[] SHARED = {"org.careerbot.exchange..", "org.careerbot.core..",
        "org.careerbot.answer..", UNDERSTANDING, MODEL};

    @ArchTest
    static final ArchRule platformLibrariesStayInTheirAdapters = noClasses()
            .that().resideOutsideOfPackages(SLACK, DISCORD)
            .should().dependOnClassesThat().resideInAnyPackage("com.slack..", "net.dv8tion..")
            .because("only an adapter may know its platform: the rest serves every platform alike");

    @ArchTest
    static final ArchRule slackKnowsNoOtherPlatform = noClasses().that().resideInAPackage(SLACK)
            .should().dependOnClassesThat().resideInAnyPackage(DISCORD, CONSOLE, APP)
            .because("what two platforms share belongs in the exchange, and the app wires the adapters, not the"
                    + " other way round");

    @ArchTest
    static final ArchRule discordKnowsNoOtherPlatform = noClasses().that().resideInAPackage(DISCORD)
            .should().dependOnClassesThat().resideInAnyPackage(SLACK, CONSOLE, APP)
            .because("what two platforms share belongs in the exchange, and the app wires the adapters, not the"
                    + " other way round");

    @ArchTest
    static final ArchRule theSharedLayersKnowNoAdapterNorTheApp = noClasses().that().resideInAnyPackage(SHARED)
            .should().dependOnClassesThat().resideInAnyPackage(SLACK, DISCORD, CONSOLE, APP)
            .because("the dependencies run one way: the app wires the adapters, the adapters use the exchange");

    /** No package depends on itself through others. */
    @ArchTest
    static final ArchRule noCyclesBetweenPackages = slices().matching("org.careerbot.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule theModelKnowsOnlyTheKnowledge = classes().that().resideInAPackage(MODEL)
            .should().onlyDependOnClassesThat().resideInAnyPackage(MODEL, "org.careerbot.knowledge..", "java..")
            .because("every layer shares the model, so it can depend on none of them");

    @ArchTest
    static final ArchRule understandingKnowsNoAnswer = noClasses().that().resideInAPackage(UNDERSTANDING)
            .should().dependOnClassesThat().resideInAPackage("org.careerbot.answer..")
            .because("answers are composed from an understanding, never the other way round");

    /**
     * The app's tests see the other modules' test helpers as jars ({@code -tests.jar}), which {@link
     * ImportOption.DoNotIncludeTests} does not recognise: the rules are about the code that ships.
     */
    static final class NoTestJars implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("-tests.jar");
        }
    }
}
