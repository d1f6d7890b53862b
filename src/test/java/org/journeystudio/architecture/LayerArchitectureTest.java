package org.journeystudio.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The arrows of docs/architecture.md: model ← edit ← (store, survey, layout) ← render/workshop ← ui/cli ← app. */
@AnalyzeClasses(packages = "org.journeystudio", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerArchitectureTest {

    @ArchTest
    static final ArchRule layers_only_depend_downwards = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            .layer("model").definedBy("org.journeystudio.model..")
            .layer("edit").definedBy("org.journeystudio.edit..")
            .layer("store").definedBy("org.journeystudio.store..")
            .layer("survey").definedBy("org.journeystudio.survey..")
            .layer("layout").definedBy("org.journeystudio.layout..")
            .layer("workshop").definedBy("org.journeystudio.workshop..")
            .layer("render").definedBy("org.journeystudio.render..")
            .layer("ui").definedBy("org.journeystudio.ui..")
            .layer("cli").definedBy("org.journeystudio.cli..")
            .layer("app").definedBy("org.journeystudio.app..")
            .whereLayer("app").mayNotBeAccessedByAnyLayer()
            .whereLayer("ui").mayOnlyBeAccessedByLayers("app")
            .whereLayer("cli").mayOnlyBeAccessedByLayers("app")
            .whereLayer("render").mayOnlyBeAccessedByLayers("ui", "cli", "app")
            .whereLayer("workshop").mayOnlyBeAccessedByLayers("ui", "cli", "app")
            .whereLayer("store").mayOnlyBeAccessedByLayers("ui", "cli", "render", "workshop", "app")
            .whereLayer("survey").mayOnlyBeAccessedByLayers("ui", "cli", "render", "workshop", "app")
            .whereLayer("layout").mayOnlyBeAccessedByLayers("ui", "cli", "render", "workshop", "app")
            .whereLayer("edit").mayOnlyBeAccessedByLayers("store", "survey", "layout", "render", "workshop", "ui", "cli", "app");

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
    static final ArchRule javafx_ui_only_in_ui_and_app = noClasses()
            .that().resideOutsideOfPackages("org.journeystudio.ui..", "org.journeystudio.app..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "javafx.scene..", "javafx.stage..", "javafx.fxml..", "javafx.application..",
                    "javafx.embed..", "org.controlsfx..", "atlantafx..", "org.kordamp.ikonli..")
            .because("only the ui and app layers may build windows; the rest runs headless");

    @ArchTest
    static final ArchRule no_stdout_outside_cli_and_app = noClasses()
            .that().resideOutsideOfPackages("org.journeystudio.cli..", "org.journeystudio.app..")
            .should().accessField(System.class, "out")
            .because("only the command line prints; everything else logs or returns values");
}
