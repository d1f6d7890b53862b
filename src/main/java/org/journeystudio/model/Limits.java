package org.journeystudio.model;

import java.util.Locale;
import java.util.function.DoubleFunction;
import org.journeystudio.i18n.Messages;

/**
 * Every limit the studio states, in one place, each with why it is what it is (see {@code docs/limits.md}).
 * A limit is checked before the work it protects starts: a file's size before it is read, a text's length before
 * a transaction, so one bad input can neither hang the studio nor make the library grow without bound.
 */
public final class Limits {
    private static final long MIB = 1024L * 1024L;
    private static final long GIB = 1024L * MIB;

    // ---- Files, checked on the open channel (see BoundedFile) ----

    /**
     * Real maps are a few hundred kilobytes; the largest legal map (limits below) stays well under this. Images
     * embedded as base64 count too: about fifteen photos of 1 MB, or a hundred screenshots, fit.
     */
    public static final FileLimit JOURNEY_JSON = new FileLimit(".journey.json file", 20 * MIB,
            "check that it is a journey map exported by Journey Studio", "journeyJson");
    /** A Mermaid journey carries the whole map in comment lines: a little more than its .journey.json. */
    public static final FileLimit MERMAID = new FileLimit("Mermaid journey (.mmd) file", 32 * MIB,
            "check that it is a Mermaid journey diagram", "mermaid");
    /**
     * Characters of one line of a Mermaid journey: the longest line Journey Studio writes holds one element,
     * at most a persona with its photo; a longer line is garbage, refused before it is parsed.
     */
    public static final int MERMAID_LINE = 1 << 20;
    /** A million respondents with a hundred answers each is about 1 GB; the tally streams, so size costs time only. */
    public static final FileLimit CSV_SURVEY = new FileLimit("CSV survey file", 2 * GIB,
            "export fewer columns or split the respondents into several files", "csvSurvey");
    /** Excel itself stops at about a million rows; a zip this large is not a survey export. */
    public static final FileLimit XLSX_SURVEY = new FileLimit(".xlsx survey file", 500 * MIB,
            "save the sheet as CSV, which the studio reads in a stream, or export fewer rows", "xlsxSurvey");
    /**
     * A touchpoint spreadsheet (CSV or .xlsx) is read whole into a map: the largest legal map, every text at its
     * limit, stays under this.
     */
    public static final FileLimit TOUCHPOINT_SHEET = new FileLimit("touchpoint spreadsheet", 256 * MIB,
            "check that it has one row per touchpoint, or split the journey into several maps", "touchpointSheet");

    /**
     * An image put on a touchpoint (PNG, JPEG, GIF): a phone photo or a full-page screenshot is a few MB; the file is
     * read into memory whole before its header is looked at, so the size is checked first.
     */
    public static final FileLimit IMAGE = new FileLimit("image file", 20 * MIB,
            "save it smaller (a screenshot or photo under 20 MB)", "image");
    /**
     * Pixels an image may declare in its header (width x height), checked before it is decoded: 50 megapixels is
     * beyond any phone camera, and decoding it takes 200 MB; a larger claim is a decompression bomb.
     */
    public static final long IMAGE_PIXELS = 50_000_000L;
    /** The long side of an image as stored: larger images are scaled down, enough for an A3 poster at 300 dpi crop. */
    public static final int IMAGE_SIDE = 2048;
    /**
     * Characters of one image's base64 text in a .journey.json file: a stored image is at most a few MB (a 2048-px
     * PNG of a photo), base64 makes it a third larger.
     */
    public static final int JSON_IMAGE_CHARS = 28 << 20;

    // ---- JSON structure (Jackson's StreamReadConstraints for .journey.json) ----

    /** Our deepest legal nesting is six levels; a deep pile of brackets is garbage, refused before recursion. */
    public static final int JSON_NESTING_DEPTH = 64;
    /** The longest legal text is a persona photo; anything longer is refused while parsing, before a limit below. */
    public static final int JSON_STRING_CHARS = 500_000;
    /** A rating or width needs a few digits; 100 leaves room for any double and stops a million-digit number. */
    public static final int JSON_NUMBER_CHARS = 100;
    /** Field names are short words of the format; a long one is garbage. */
    public static final int JSON_NAME_CHARS = 1_000;

    // ---- Texts of a map (characters), checked by MapValidator before import, render and every save ----

    /** Ids are short generated words ("tp-3f2a9c1d"); one is copied into every row that refers to it. */
    public static final int ID = 200;
    /** Titles and names show on one line of a card, column or lane head. */
    public static final int TITLE = 200;
    /** Names of segments and personas show in legends and pickers. */
    public static final int NAME = 120;
    /** A touchpoint's owner, a channel's detail: one line. */
    public static final int SHORT_TEXT = 200;
    /** Descriptions and scenarios: several paragraphs, far more than a card or inspector shows. */
    public static final int LONG_TEXT = 20_000;
    /** Segment and persona descriptions: shown in a tooltip or a persona card. */
    public static final int DESCRIPTION = 2_000;
    /** One expectation, pain point, opportunity or persona goal/need/frustration: a sentence or two. */
    public static final int ITEM_TEXT = 1_000;
    /** A persona's goal, need or frustration is shorter: the persona card lists them in a column. */
    public static final int PERSONA_ITEM = 300;
    /** A persona's quote: a sentence in their words. */
    public static final int QUOTE = 500;
    /** A persona photo as a data URI: about a 256-pixel JPEG or PNG. */
    public static final int PHOTO = 400_000;

    // ---- Counts of a map ----

    public static final int STAGES = 500;
    public static final int LANES = 100;
    /** Alternative paths in one stage: each is a track of the stage's column, so a few fit, not dozens. */
    public static final int PATHS_PER_STAGE = 20;
    /** Ten times the largest real maps we have seen; the canvas and exports stay responsive below it. */
    public static final int TOUCHPOINTS = 10_000;
    /** A heatmap row per segment; beyond this it is no longer readable. */
    public static final int SEGMENTS = 500;
    public static final int PERSONAS = 200;
    /** A map's action plan: far more than a backlog a team can work through. */
    public static final int OPPORTUNITIES = 5_000;
    /** Expectations, pain points and opportunities on one touchpoint, each kind. */
    public static final int ITEMS_PER_TOUCHPOINT = 100;
    /** Goals, needs and frustrations on one persona, each kind. */
    public static final int ITEMS_PER_PERSONA = 20;
    /** Rows of a touchpoint spreadsheet: one per touchpoint, so a map's own limit; more is refused at its line. */
    public static final int TOUCHPOINT_SHEET_ROWS = TOUCHPOINTS;

    // ---- Surveys (CSV and .xlsx), enforced by the survey readers (survey.SurveyLimits says how) ----

    /** Columns per survey: Excel's own limit (column XFD), so no spreadsheet export exceeds it. */
    public static final int SURVEY_COLUMNS = 16_384;
    /** Rows of an .xlsx sheet: Excel's own limit, so no sheet Excel saved exceeds it. */
    public static final int XLSX_ROWS = 1_048_576;
    /**
     * Characters (CSV: bytes) of one record: a thousand long free-text answers fit; a missing closing quote or
     * line end is caught before it fills memory. The byte reader's buffer doubles up to this size.
     */
    public static final int SURVEY_RECORD_LENGTH = 8 << 20;
    /** Different spellings in one segment column: categories, not free text or respondent ids. */
    public static final int SEGMENT_LABELS = 10_000;
    /** Cells of a heatmap (touchpoints × segment groups): more cannot be drawn or read, and each costs memory. */
    public static final int HEATMAP_CELLS = 250_000;
    /** Bytes of one .xlsx part once unzipped (the sheet, the shared strings): a sheet at Excel's limits fits. */
    public static final long XLSX_PART_BYTES = 2 * GIB;
    /** Unzipped : zipped size of one .xlsx part; sheet XML compresses about 10:1, a zip bomb over 1000:1. */
    public static final int XLSX_COMPRESSION_RATIO = 200;
    /** Shared strings (an .xlsx's distinct texts): at most one per cell of a sheet at Excel's row limit. */
    public static final int XLSX_SHARED_STRINGS = 4_000_000;
    /** Characters of all shared strings together, all held in memory: a million rows of distinct answers fit. */
    public static final long XLSX_SHARED_TEXT_CHARS = 256L << 20;
    /** Bytes of one text between two XML tags (a cell, a shared string): Excel's own cell limit is 32,767 characters. */
    public static final int XLSX_TEXT_BYTES = 1 << 20;

    private Limits() {
    }

    /**
     * The one-line message of a limit: what, how much, the limit, what to do. For example
     * {@code The map's id is 2,000,000 characters, over the limit of 200 characters; use a short id}.
     */
    public static String message(String what, String amount, String limit, String whatToDo) {
        return what + " is " + amount + ", over the limit of " + limit + "; " + whatToDo;
    }

    /** A count with thousands separators and its unit: {@code 2,000,000 characters}. */
    public static String count(long value, String unit) {
        return number(value) + " " + unit;
    }

    /** A count with thousands separators: {@code 2,000,000}. */
    public static String number(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** A size in bytes as people read it: {@code 512 bytes}, {@code 20 MB}, {@code 5.2 GB}. */
    public static String bytes(long value) {
        return bytes(value, size -> String.format(Locale.ROOT, "%.1f", size));
    }

    /** {@link #bytes} with the decimal mark of the language in use ({@code 5,2 GB}), for messages to people. */
    public static String bytesShown(long value) {
        return bytes(value, size -> Messages.number(size, 1));
    }

    private static String bytes(long value, DoubleFunction<String> oneDecimal) {
        if (value < 1024) {
            return value + (value == 1 ? " byte" : " bytes");
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double size = value;
        int unit = -1;
        while (size >= 1024 && unit < units.length - 1) {
            size /= 1024;
            unit++;
        }
        String number = size == Math.rint(size) ? String.valueOf((long) size) : oneDecimal.apply(size);
        return number + " " + units[unit];
    }

    /**
     * The largest size one kind of file may have, and what a user does when theirs is larger.
     *
     * @param kind     how messages name the file, e.g. {@code .journey.json file}
     * @param maxBytes the largest size read
     * @param advice   what to do about a larger file
     * @param key      the last part of the keys of its refusals in the {@code imports} bundle
     *                 ({@code imports.tooLarge.journeyJson}), or null for a limit that speaks English only (tests)
     */
    public record FileLimit(String kind, long maxBytes, String advice, String key) {
        public FileLimit(String kind, long maxBytes, String advice) {
            this(kind, maxBytes, advice, null);
        }
    }
}
