package org.journeystudio.ui.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.journeystudio.store.PostgresLibrary;
import org.journeystudio.testing.PostgresCluster;
import org.journeystudio.testing.SampleMaps;
import org.journeystudio.testing.UiTest;
import org.journeystudio.ui.fakes.TestStudio;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "Connect to a team library…" from the home screen against the test cluster: a recent team library fills the
 * fields, a wrong password is refused under them with the dialog left open, the right one hands the connected
 * library to the window, and the password is remembered nowhere.
 */
@ExtendWith(ApplicationExtension.class)
@UiTest
class ConnectTeamLibraryDialogTest {
    private final PostgresCluster.Database database = PostgresCluster.shared().newDatabase();
    private final AtomicReference<PostgresLibrary> connected = new AtomicReference<>();
    private TestStudio studio;
    private String address;

    @Start
    void start(Stage stage) {
        studio = new TestStudio();
        address = "postgresql://" + database.user() + "@" + database.host() + ":" + database.port() + "/"
                + database.name();
        studio.preferences.libraryUsed(address);
        studio.show(stage).onTeamLibrary(connected::set);
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.hideStage();
        studio.work.close();
        if (connected.get() != null) {
            connected.get().close();
        }
    }

    @Test
    void aWrongPasswordIsSaidUnderTheFieldsAndTheRightOneOpensTheLibrary(FxRobot robot) throws Exception {
        robot.clickOn("#connectTeamLink");
        assertThat(robot.lookup("#hostField").queryAs(TextField.class).getText()).isEqualTo(database.host());
        assertThat(robot.lookup("#portField").queryAs(TextField.class).getText())
                .isEqualTo(Integer.toString(database.port()));
        assertThat(robot.lookup("#databaseField").queryAs(TextField.class).getText()).isEqualTo(database.name());
        assertThat(message(robot)).isEqualTo("Type the password: it is never kept.");

        robot.clickOn("#passwordField").write("not-the-password");
        robot.clickOn("#connectButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> message(robot).contains("refused"));
        assertThat(message(robot)).contains("the server refused the password typed for user '" + database.user() + "' on "
                + database.host() + ":" + database.port())
                .doesNotContain("not-the-password");
        assertThat(robot.lookup("#passwordField").queryAs(PasswordField.class).getText()).isEmpty();
        assertThat(connected.get()).isNull();

        robot.clickOn("#passwordField").write(database.password());
        robot.clickOn("#connectButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> connected.get() != null);

        assertThat(connected.get().location()).isEqualTo(address);
        connected.get().create(SampleMaps.shop("proj-shop"));
        assertThat(connected.get().list()).hasSize(1);
        assertThat(robot.lookup("#connectTeamLibraryDialog").tryQuery()).isEmpty();
        assertThat(studio.preferencesNode.keys()).allSatisfy(key -> assertThat(studio.preferencesNode.get(key, ""))
                .doesNotContain(database.password()));
    }

    @Test
    void missingFieldsAreSaidBeforeAnyConnection(FxRobot robot) {
        robot.clickOn("#connectTeamLink");
        robot.doubleClickOn("#portField").write("port");
        robot.clickOn("#connectButton");
        assertThat(message(robot)).isEqualTo("The port is a whole number from 1 to 65535 (PostgreSQL's is 5432).");
        assertThat(connected.get()).isNull();
    }

    private static String message(FxRobot robot) {
        return robot.lookup("#connectMessage").queryAs(Label.class).getText();
    }
}
