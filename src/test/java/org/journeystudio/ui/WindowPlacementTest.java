package org.journeystudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Rectangle2D;
import org.journeystudio.testing.FastTest;
import org.junit.jupiter.api.Test;

@FastTest
class WindowPlacementTest {
    private static final Rectangle2D PROJECTOR = new Rectangle2D(0, 0, 1024, 740);

    @Test
    void aWindowThatFitsStaysWhereItWas() {
        Rectangle2D wanted = new Rectangle2D(40, 30, 900, 600);

        assertThat(WindowPlacement.fit(wanted, PROJECTOR)).isEqualTo(wanted);
    }

    @Test
    void aWindowRunningOffTheRightAndBottomEdgesIsMovedIn() {
        Rectangle2D placed = WindowPlacement.fit(new Rectangle2D(300, 200, 1000, 700), PROJECTOR);

        assertThat(placed).isEqualTo(new Rectangle2D(24, 40, 1000, 700));
    }

    @Test
    void aWindowLargerThanTheScreenShrinksToItAndStartsAtItsCorner() {
        Rectangle2D secondScreen = new Rectangle2D(1920, 0, 1366, 728);

        Rectangle2D placed = WindowPlacement.fit(new Rectangle2D(1800, -20, 1600, 1000), secondScreen);

        assertThat(placed).isEqualTo(secondScreen);
    }
}
