package org.journeystudio.render;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.journeystudio.i18n.Language;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.Touchpoint;

/** Words several exports share, in the language in use. */
public final class ReportWords {
    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy",
            Language.ENGLISH.locale());

    private ReportWords() {
    }

    /** The date written out ("5 December 2026", "5. Dezember 2026", "5 de diciembre de 2026"). */
    public static String longDate(LocalDate date) {
        Language language = Messages.language();
        // English keeps the day-month order the exports have always had; the others use their language's long form.
        return language == Language.GERMAN || language == Language.SPANISH
                ? DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale()).format(date)
                : ENGLISH_DATE.format(date);
    }

    /** A scale value as people read it: whole numbers bare, others with one decimal in the language's way. */
    public static String scaleValue(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : Messages.number(value, 1);
    }

    /** A touchpoint's title, or "(untitled)". */
    static String title(Touchpoint touchpoint) {
        return touchpoint.title().isBlank() ? Messages.text("report.untitled") : touchpoint.title();
    }
}
