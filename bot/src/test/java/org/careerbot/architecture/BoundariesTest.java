package org.careerbot.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The boundaries between the packages, checked on every build: a platform's library is known only to its adapter,
 * adapters know neither each other nor the application that wires them, and what every platform shares (the
 * exchange, the core, understanding and answers) knows no platform at all. So a new platform is one new package.
 */
@AnalyzeClasses(packages = "org.careerbot", importOptions = ImportOption.DoNotIncludeTests.class)
class BoundariesTest {
    private static final String SLACK = "org.careerbot.slack..";
    private static final String DISCORD = "org.careerbot.discord..";
    private static final String CONSOLE = "org.careerbot.console..";
    private static final String APP = "org.careerbot.app..";
    private static final String[] SHARED = {"org.careerbot.exchange..", "org.careerbot.core..",
        "org.careerbot.answer..", "org.careerbot.understanding.."};

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

    /**
     * No package depends on itself through others. One pair is left out, stated here rather than frozen: the
     * understanding of a question reads and names its entities with the answers' {@code Entities} type while the
     * answers compose from an {@code Understanding}. That type is to move to a package both use; until then the
     * dependency of understanding on answers is the one ignored, as answers depending on understanding is the
     * direction meant.
     */
    @ArchTest
    static final ArchRule noCyclesBetweenPackages = slices().matching("org.careerbot.(*)..")
            .should().beFreeOfCycles()
            .ignoreDependency(resideInAPackage("org.careerbot.understanding.."),
                    resideInAPackage("org.careerbot.answer.."));
}
