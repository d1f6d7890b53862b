package org.journeystudio.ui.home;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.stage.Stage;
import org.journeystudio.store.ResourceTemplateCatalog;
import org.journeystudio.testing.ElidedLabels;
import org.journeystudio.testing.UiTest;
import org.journeystudio.ui.StudioWindow;
import org.journeystudio.ui.fakes.TestStudio;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The first start's page of templates, with the shipped templates' long names, shows every text whole at 1024x768. */
@ExtendWith(ApplicationExtension.class)
@UiTest
class WelcomePageTextTest {
    private final TestStudio studio = new TestStudio();
    private Stage stage;

    @Start
    void start(Stage shown) {
        stage = shown;
        new StudioWindow(shown, new StudioWindow.Services(studio.library, new ResourceTemplateCatalog(), studio.files,
                studio.preferences, studio.picker, studio.work, studio.workshops), studio.clock).show();
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.hideStage();
        studio.work.close();
    }

    @Test
    void everyTemplateTileShowsItsWholeNameAndDescription(FxRobot robot) throws Exception {
        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(768);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#welcomePane").query().isVisible()).isTrue();
        assertThat(WaitForAsyncUtils.asyncFx(() -> ElidedLabels.in(stage.getScene().getRoot())).get()).isEmpty();
    }
}
