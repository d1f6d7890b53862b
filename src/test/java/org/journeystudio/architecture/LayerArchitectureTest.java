package org.journeystudio.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTag;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The arrows of docs/architecture.md: model ← edit ← (store, survey, layout, settings) ← (render, ratings,
 * workshop) ← (usecase, editing) ← (ui, cli) ← app; and what may live in {@code ui}.
 */
@ArchTag("fast")
@AnalyzeClasses(packages = "org.journeystudio", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerArchitectureTest {
    private static final String UI = "org.journeystudio.ui..";

    @ArchTest
    static final ArchRule layers_only_depend_downwards = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            .layer("style").definedBy("org.journeystudio.style..")
            .layer("i18n").definedBy("org.journeystudio.i18n..")
            .layer("model").definedBy("org.journeystudio.model..")
            .layer("edit").definedBy("org.journeystudio.edit..")
            .layer("settings").definedBy("org.journeystudio.settings..")
            .layer("store").definedBy("org.journeystudio.store..")
            .layer("survey").definedBy("org.journeystudio.survey..")
            .layer("layout").definedBy("org.journeystudio.layout..")
            .layer("ratings").definedBy("org.journeystudio.ratings..")
            .layer("compare").definedBy("org.journeystudio.compare..")
            .layer("workshop").definedBy("org.journeystudio.workshop..")
            .layer("render").definedBy("org.journeystudio.render..")
            .layer("editing").definedBy("org.journeystudio.editing..")
            .layer("usecase").definedBy("org.journeystudio.usecase..")
            .layer("ui").definedBy(UI)
            .layer("cli").definedBy("org.journeystudio.cli..")
            .layer("app").definedBy("org.journeystudio.app..")
            .whereLayer("app").mayNotBeAccessedByAnyLayer()
            .whereLayer("ui").mayOnlyBeAccessedByLayers("app")
            .whereLayer("cli").mayOnlyBeAccessedByLayers("app")
            .whereLayer("usecase").mayOnlyBeAccessedByLayers("ui", "cli", "app")
            .whereLayer("editing").mayOnlyBeAccessedByLayers("usecase", "ui", "cli", "app")
            .whereLayer("render").mayOnlyBeAccessedByLayers("usecase", "ui", "cli", "app")
            .whereLayer("workshop").mayOnlyBeAccessedByLayers("usecase", "ui", "cli", "app")
            .whereLayer("compare").mayOnlyBeAccessedByLayers("render", "usecase", "ui", "cli", "app")
            .whereLayer("ratings").mayOnlyBeAccessedByLayers("workshop", "usecase", "ui", "cli", "app")
            .whereLayer("settings").mayOnlyBeAccessedByLayers("usecase", "ui", "cli", "app")
            .whereLayer("store").mayOnlyBeAccessedByLayers("ratings", "render", "workshop", "editing", "usecase",
                    "ui", "cli", "app")
            .whereLayer("survey").mayOnlyBeAccessedByLayers("ratings", "render", "workshop", "editing", "usecase",
                    "ui", "cli", "app")
            .whereLayer("layout").mayOnlyBeAccessedByLayers("ratings", "render", "workshop", "editing", "usecase",
                    "ui", "cli", "app")
            .whereLayer("edit").mayOnlyBeAccessedByLayers("store", "survey", "layout", "ratings", "render",
                    "workshop", "editing", "usecase", "ui", "cli", "app");

    @ArchTest
    static final ArchRule style_stands_alone = noClasses()
            .that().resideInAPackage("org.journeystudio.style..")
            .should().dependOnClassesThat(describe("another package of the studio", (JavaClass c) ->
                    c.getPackageName().startsWith("org.journeystudio.")
                            && !c.getPackageName().startsWith("org.journeystudio.style")))
            .orShould().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..")
            .because("the palette is plain numbers that every layer, the model included, may read");

    @ArchTest
    static final ArchRule messages_stand_alone = noClasses()
            .that().resideInAPackage("org.journeystudio.i18n..")
            .should().dependOnClassesThat(describe("another package of the studio", (JavaClass c) ->
                    c.getPackageName().startsWith("org.journeystudio.")
                            && !c.getPackageName().startsWith("org.journeystudio.i18n")))
            .orShould().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..")
            .because("the studio's words are read by every layer, the model and the command line included");

    @ArchTest
    static final ArchRule model_is_plain_java = noClasses()
            .that().resideInAPackage("org.journeystudio.model..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "javafx..", "java.sql..", "javax.sql..", "org.h2..", "com.fasterxml..", "java.awt..",
                    "org.journeystudio.edit..", "org.journeystudio.store..", "org.journeystudio.survey..",
                    "org.journeystudio.layout..", "org.journeystudio.render..", "org.journeystudio.ui..",
                    "org.journeystudio.cli..", "org.journeystudio.app..")
            .because("the journey model is pure Java, usable by every layer and by tests without a toolkit");

    @ArchTest
    static final ArchRule javafx_only_in_ui_and_app = noClasses()
            .that().resideOutsideOfPackages(UI, "org.journeystudio.app..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "javafx..", "org.controlsfx..", "atlantafx..", "org.kordamp.ikonli..")
            .because("only the ui and app layers may use the toolkit; the rest runs headless and from the "
                    + "command line");

    @ArchTest
    static final ArchRule ui_holds_only_code_that_needs_javafx = classes()
            .that().resideInAPackage(UI).and().areTopLevelClasses()
            .and().doNotHaveSimpleName("package-info")
            // Holders of a feature's style-class names (its own and AtlantaFX's variants): compile-time constants,
            // which the compiler copies into their users, so no toolkit class shows in their bytecode.
            .and().haveSimpleNameNotEndingWith("Styles")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..",
                    "org.kordamp.ikonli..")
            .because("code that needs no JavaFX is a use case or domain logic: it belongs where the command line "
                    + "and the tests can reach it without a toolkit (usecase, editing, ratings, workshop, ...)");

    @ArchTest
    static final ArchRule ui_features_have_no_cycles = slices().matching("org.journeystudio.ui.(*)..")
            .should().beFreeOfCycles()
            .because("a feature of the window (canvas, inspector, survey, ...) can be read and changed on its own");

    @ArchTest
    static final ArchRule ui_starts_no_threads = noClasses()
            .that().resideInAPackage(UI).and(outside("org.journeystudio.ui.BackgroundWork"))
            .should().callConstructorWhere(describe("a constructor of java.lang.Thread",
                    (JavaConstructorCall call) -> call.getTargetOwner().isAssignableTo(Thread.class)))
            .because("background work in the window goes through ui.BackgroundWork, which can cancel it and "
                    + "keeps a stale answer from overwriting a newer one");

    @ArchTest
    static final ArchRule ui_reads_no_files_or_databases = noClasses()
            .that().resideInAPackage(UI).and(outside("org.journeystudio.ui.FilePicker"))
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.h2..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.nio.file.Files")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileInputStream")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileOutputStream")
            .because("files and the library are read and written by use cases off the FX thread; FilePicker "
                    + "alone turns a chooser's java.io.File into a Path");

    /** Classes other than {@code className} and its nested and anonymous classes. */
    private static DescribedPredicate<JavaClass> outside(String className) {
        return describe("not " + className, c -> !c.getName().equals(className)
                && !c.getName().startsWith(className + "$"));
    }

    @ArchTest
    static final ArchRule no_stdout_outside_cli_and_app = noClasses()
            .that().resideOutsideOfPackages("org.journeystudio.cli..", "org.journeystudio.app..")
            .should().accessField(System.class, "out")
            .because("only the command line prints; everything else logs or returns values");
}
