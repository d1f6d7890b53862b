package org.journeystudio.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.journeystudio.testing.FastTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/** The accessor: language switch, fall-back, placeholders, pseudo-text and the locale's numbers and dates. */
@FastTest
// The language is one setting for the whole JVM: no other test may run while this one switches it.
@Isolated
class MessagesTest {
    private final Language before = Messages.language();

    @AfterEach
    void restore() {
        Messages.use(before);
    }

    @Test
    void speaksTheLanguageInUseAndFillsPlaceholders() {
        Messages.use(Language.ENGLISH);
        String english = Messages.text("home.cancel");
        Messages.use(Language.GERMAN);
        assertThat(Messages.text("home.cancel")).isNotEqualTo(english).isEqualTo("Abbrechen");
        Messages.use(Language.PSEUDO);
        assertThat(Messages.text("home.cancel")).startsWith("[").endsWith("]").hasSizeGreaterThan(english.length());
    }

    @Test
    void aMissingKeyShowsItselfInsteadOfFailing() {
        Messages.use(Language.SPANISH);
        assertThat(Messages.text("home.noSuchKey")).isEqualTo("[home.noSuchKey]");
        assertThat(Messages.text("nokey")).isEqualTo("[nokey]");
        assertThat(Messages.has("home.cancel")).isTrue();
        assertThat(Messages.has("home.noSuchKey")).isFalse();
    }

    @Test
    void numbersAndDatesFollowTheLanguage() {
        Messages.use(Language.ENGLISH);
        assertThat(Messages.number(3.456, 1)).isEqualTo("3.5");
        assertThat(Messages.date(LocalDate.of(2026, 12, 5))).isEqualTo("Dec 5, 2026");
        Messages.use(Language.GERMAN);
        assertThat(Messages.number(3.456, 1)).isEqualTo("3,5");
        assertThat(Messages.percent(0.42)).isEqualTo("42\u00a0%");
        assertThat(Messages.date(LocalDate.of(2026, 12, 5))).isEqualTo("05.12.2026");
        Messages.use(Language.SPANISH);
        assertThat(Messages.number(1234.5, 1)).isEqualTo("1.234,5");
    }

    @Test
    void languagesAreFoundByTagWhateverTheRegion() {
        assertThat(Language.forTag("de-AT")).contains(Language.GERMAN);
        assertThat(Language.forTag("es_MX")).contains(Language.SPANISH);
        assertThat(Language.forTag("qps")).contains(Language.PSEUDO);
        assertThat(Language.forTag("fr")).isEmpty();
        assertThat(Language.forTag(" ")).isEmpty();
    }
}
