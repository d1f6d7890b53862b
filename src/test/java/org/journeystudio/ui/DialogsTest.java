package org.journeystudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.NoSuchFileException;
import org.journeystudio.store.LibraryException;
import org.journeystudio.store.json.JourneyFormatException;
import org.journeystudio.testing.FastTest;
import org.junit.jupiter.api.Test;

/** What error dialogs say; the words matter more than the window, so no toolkit is needed here. */
@FastTest
class DialogsTest {

    @Test
    void aFormatErrorShowsFileLineAndColumn() {
        assertThat(Dialogs.reason(new JourneyFormatException("trip.journey.json", 3, 14, "unknown formatVersion 9")))
                .isEqualTo("trip.journey.json:3:14: unknown formatVersion 9");
    }

    @Test
    void aWrapperWithoutMessageShowsItsCause() {
        RuntimeException wrapped = new RuntimeException((String) null,
                new LibraryException("This library is open in another Journey Studio window"));
        assertThat(Dialogs.reason(wrapped)).isEqualTo("This library is open in another Journey Studio window");
    }

    @Test
    void aMissingFileIsSaidInWords() {
        assertThat(Dialogs.reason(new NoSuchFileException("/tmp/gone.journey.json")))
                .isEqualTo("The file /tmp/gone.journey.json does not exist.");
    }

    @Test
    void aFailureWithoutAnyMessageAtLeastNamesItsKind() {
        assertThat(Dialogs.reason(new IllegalStateException())).isEqualTo("IllegalStateException");
    }
}
