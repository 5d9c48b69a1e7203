package nl.royaal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layers of CONVENTIONS.md, checked on the compiled classes: arrows point down
 * (ui → service → domain), and nothing below the UI knows about JavaFX. Layers that hold no
 * classes yet (service, web, report, ui, app) are optional, so these rules already guard the
 * first class that lands in them.
 */
@AnalyzeClasses(packages = "nl.royaal", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String DOMAIN = "nl.royaal.domain..";
    private static final String PERSISTENCE = "nl.royaal.persistence..";
    private static final String SERVICE = "nl.royaal.service..";
    private static final String WEB = "nl.royaal.web..";
    private static final String REPORT = "nl.royaal.report..";
    private static final String UI = "nl.royaal.ui..";
    private static final String APP = "nl.royaal.app..";

    /** Who may use whom among Royaal's own packages. */
    @ArchTest
    static final ArchRule layersPointDown = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            .layer("Domain").definedBy(DOMAIN)
            .layer("Persistence").definedBy(PERSISTENCE)
            .layer("Service").definedBy(SERVICE)
            .layer("Web").definedBy(WEB)
            .layer("Report").definedBy(REPORT)
            .layer("UI").definedBy(UI)
            .layer("App").definedBy(APP)
            .whereLayer("Domain").mayNotAccessAnyLayer()
            .whereLayer("UI").mayOnlyBeAccessedByLayers("App")
            .whereLayer("App").mayNotBeAccessedByAnyLayer()
            .because("the domain is the bottom layer, no logic depends on the screens, "
                    + "and only the launcher wires everything together (CONVENTIONS.md, The layers)");

    @ArchTest
    static final ArchRule domainIsFreeOfUiDatabaseAndIo = noClasses()
            .that().resideInAPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "javafx..", "java.sql..", "javax.sql..", "java.io..", "java.nio.file..")
            .because("the domain is pure Java, unit-tested without a toolkit, a database or files");

    @ArchTest
    static final ArchRule logicNeverDependsOnTheScreens = noClasses()
            .that().resideInAnyPackage(PERSISTENCE, SERVICE, WEB, REPORT)
            .should().dependOnClassesThat().resideInAnyPackage(UI, "javafx..")
            .because("no GUI in logic: persistence, service, web and report work without a screen");

    @ArchTest
    static final ArchRule onlyTheAppWiresTheApp = noClasses()
            .that().resideOutsideOfPackage(APP)
            .should().dependOnClassesThat().resideInAPackage(APP)
            .because("the launcher and dependency wiring sit on top; nothing reaches up into them");

    @ArchTest
    static final ArchRule screensNeverTalkSql = noClasses()
            .that().resideInAPackage(UI)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "nl.royaal.persistence.h2..", "java.sql..", "javax.sql..", "org.h2..")
            .because("SQL never sits in a controller or view model: the UI goes through services")
            .allowEmptyShould(true);
}
