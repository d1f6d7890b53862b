package org.journeystudio.survey;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.journeystudio.i18n.Messages;

/**
 * The cell an {@link XlsxSheet} is reading: where it is, its type and its text so far, and the one text it
 * becomes. Positions beyond Excel's own limits and values that contradict their type are refused with the cell's
 * reference (B7).
 */
final class XlsxCell {
    private final Path file;
    private final List<String> shared;
    private final StringBuilder text = new StringBuilder();
    private String type;
    private int row;
    private int column;
    private boolean open;

    XlsxCell(Path file, List<String> shared) {
        this.file = file;
        this.shared = shared;
    }

    /** The number a {@code <row r="…">} gives, or the one after {@code previous} when it gives none. */
    int rowNumber(String r, int previous) {
        if (r == null) {
            return checkRow(previous + 1L, String.valueOf(previous + 1L));
        }
        try {
            return checkRow(Long.parseLong(r.trim()), r);
        } catch (NumberFormatException e) {
            throw new SurveyException(Messages.text("imports.rowNotNumber", file, previous + 1, r));
        }
    }

    private int checkRow(long number, String given) {
        if (number < 1 || number > SurveyLimits.MAX_SHEET_ROWS) {
            throw new SurveyException(Messages.text("imports.rowOutOfRange", file, given, SurveyLimits.MAX_SHEET_ROWS));
        }
        return (int) number;
    }

    /** Starts the cell {@code <c r="…" t="…">} of row {@code row}; {@code next} is its column when it has no ref. */
    void start(String ref, String type, int row, int next) {
        this.type = type;
        this.row = row;
        this.column = ref == null ? next : column(ref);
        if (column >= SurveyLimits.MAX_COLUMNS) {
            throw new SurveyException(Messages.text("imports.columnOutOfRange", file, name(), column + 1L,
                    SurveyLimits.MAX_COLUMNS));
        }
        text.setLength(0);
        open = true;
    }

    /** The column index (A is 0) of a reference like "B7"; letters beyond XFD give an index past the limit. */
    private int column(String ref) {
        int index = 0;
        int i = 0;
        for (; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
            char c = Character.toUpperCase(ref.charAt(i));
            if (c < 'A' || c > 'Z' || index > SurveyLimits.MAX_COLUMNS) {
                this.column = SurveyLimits.MAX_COLUMNS;
                throw new SurveyException(Messages.text("imports.columnPastXfd", file, ref, ref.substring(0, i + 1),
                        SurveyLimits.MAX_COLUMNS));
            }
            index = index * 26 + (c - 'A' + 1);
        }
        if (i == 0) {
            throw new SurveyException(Messages.text("imports.referenceWithoutColumn", file, row, ref));
        }
        return index - 1;
    }

    boolean open() {
        return open;
    }

    int column() {
        return column;
    }

    void append(String more) {
        text.append(more);
        if (text.length() > SurveyLimits.MAX_XML_TEXT_BYTES) {
            throw new SurveyException(Messages.text("imports.cellTooLong", file, name(),
                    SurveyLimits.MAX_XML_TEXT_BYTES));
        }
    }

    /** The cell's text as a CSV export shows it. */
    String finish() {
        open = false;
        String raw = text.toString();
        if (type == null || type.equals("n")) {
            return raw.isBlank() ? "" : number(raw);
        }
        return switch (type) {
            case "s" -> sharedString(raw);
            case "b" -> raw.trim().equals("1") ? "TRUE" : "FALSE";
            default -> XlsxText.unescape(raw); // inlineStr, str (a formula's text), e (an error), d (an ISO date)
        };
    }

    private String number(String raw) {
        try {
            return new BigDecimal(raw.trim()).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            throw new SurveyException(Messages.text("imports.cellNotNumber", file, name(), shorten(raw)));
        }
    }

    private String sharedString(String raw) {
        int index;
        try {
            index = Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            index = -1;
        }
        if (index < 0 || index >= shared.size()) {
            throw new SurveyException(Messages.text("imports.noSharedText", file, name(), shorten(raw), shared.size()));
        }
        return shared.get(index);
    }

    /** The cell's reference, like "B7". */
    String name() {
        StringBuilder letters = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters + Integer.toString(row);
    }

    private static String shorten(String raw) {
        return raw.length() <= 40 ? raw : raw.substring(0, 40) + "…";
    }
}
