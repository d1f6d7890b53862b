package org.journeystudio.survey;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The export layouts the reader recognises from their header rows (however many {@link HeaderDetection} found),
 * each with the columns its tool adds itself: bookkeeping, never offered as ratings or segments.
 */
public enum SurveyLayout {
    /** One header row starting with {@code Timestamp}; grid questions appear as {@code Question [Row]}. */
    GOOGLE_FORMS("Google Forms", Set.of("timestamp", "email address", "score")),
    /**
     * Two header rows: the question (above the first of its columns only), then the sub-question or answer
     * option, {@code Response} or {@code Open-Ended Response} for single answers.
     */
    SURVEYMONKEY("SurveyMonkey", Set.of("respondent id", "collector id", "start date", "end date",
            "ip address", "email address", "first name", "last name", "custom data 1", "custom data")),
    /**
     * Three header rows: field ids, question texts, then {@code {"ImportId":...}} descriptors (older exports
     * write {@code {'ImportId': ...}}); the legacy export has two: {@code V1, V2, ..., Q1} above the texts.
     */
    QUALTRICS("Qualtrics", Set.of("startdate", "enddate", "status", "ipaddress", "progress",
            "duration (in seconds)", "finished", "recordeddate", "responseid", "recipientlastname",
            "recipientfirstname", "recipientemail", "externalreference", "locationlatitude", "locationlongitude",
            "distributionchannel", "userlanguage", "start date", "end date", "response type", "ip address",
            "recorded date", "response id", "responseset", "name", "externaldatareference", "emailaddress")),
    /** One header row with {@code #}, the questions, {@code Start Date (UTC)}, {@code Submit Date (UTC)},
     *  {@code Network ID}; forms with question groups add a row of group titles above it. */
    TYPEFORM("Typeform", Set.of("#", "start date (utc)", "submit date (utc)", "network id", "stage date (utc)",
            "response type", "tags", "ending")),
    /**
     * The CSV export (one header row of question codes, full texts or "code. text") and the VV export
     * (tab-separated: question texts above codes such as {@code id}, {@code submitdate}, {@code G01Q02[SQ001]}).
     */
    LIMESURVEY("LimeSurvey", Set.of("id", "submitdate", "lastpage", "startlanguage", "seed", "startdate",
            "datestamp", "ipaddr", "refurl", "token", "response id", "date submitted", "last page",
            "start language", "date started", "date last action", "ip address", "referrer url")),
    /** Alchemer (formerly SurveyGizmo): one header row, its own columns first, then the questions. */
    ALCHEMER("Alchemer", Set.of("response id", "time started", "date submitted", "status", "contact id",
            "legacy comments", "comments", "language", "referer", "sessionid", "user agent", "tags", "ip address",
            "longitude", "latitude", "country", "city", "state/region", "postal", "link id", "url redirect")),
    /** Microsoft Forms' Excel download: {@code ID}, {@code Start time}, {@code Completion time}, ... */
    MICROSOFT_FORMS("Microsoft Forms", Set.of("id", "start time", "completion time", "email", "name",
            "last modified time", "total points", "quiz feedback")),
    /** Anything else: one or more header rows of column names. */
    SPREADSHEET("spreadsheet", Set.of());

    private final String displayName;
    private final Set<String> bookkeepingColumns;

    SurveyLayout(String displayName, Set<String> bookkeepingColumns) {
        this.displayName = displayName;
        this.bookkeepingColumns = bookkeepingColumns;
    }

    public String displayName() {
        return displayName;
    }

    /**
     * True for columns the export tool adds itself (dates, ids, progress), whatever their values look like, and
     * for a column without a name (the index a pandas re-save writes first).
     */
    public boolean isBookkeeping(String columnName) {
        String key = columnName.trim().toLowerCase(Locale.ROOT);
        return key.isEmpty() || bookkeepingColumns.contains(key) || looksLikeId(key);
    }

    private static boolean looksLikeId(String key) {
        return key.equals("id") || key.equals("#") || key.endsWith(" id") || key.endsWith("_id")
                || key.equals("respondent") || key.equals("row");
    }

    /** True for a row that only a vendor's header has, whatever is above or below it. */
    static boolean marksHeader(List<String> row) {
        Set<String> names = lowerCase(List.of(row));
        return isLimeSurveyCodeRow(names) || names.contains("submit date (utc)")
                || names.contains("responseid") && names.contains("responseset");
    }

    /**
     * Recognises the layout from a file's header rows, all of them: a vendor's bookkeeping columns may be in any
     * of its header rows (LimeSurvey's codes are in the second, Typeform's real header under group titles).
     */
    public static SurveyLayout recognise(List<List<String>> headerRows) {
        if (headerRows.isEmpty()) {
            return SPREADSHEET;
        }
        Set<String> names = lowerCase(headerRows);
        boolean descriptors = headerRows.stream().anyMatch(r -> r.stream().anyMatch(HeaderDetection::isImportId));
        boolean legacyQualtrics = names.contains("responseid") && names.contains("responseset");
        if (descriptors || legacyQualtrics || names.containsAll(Set.of("responseid", "startdate", "recordeddate"))) {
            return QUALTRICS;
        }
        boolean optionRow = headerRows.size() > 1
                && headerRows.get(1).stream().anyMatch(HeaderDetection::isSingleAnswerCell);
        if (optionRow || names.contains("respondent id") && names.contains("collector id")) {
            return SURVEYMONKEY;
        }
        if (names.contains("submit date (utc)") && (names.contains("#") || names.contains("network id"))) {
            return TYPEFORM;
        }
        if (isLimeSurveyCodeRow(names) || names.contains("response id")
                && (names.contains("last page") || names.contains("start language"))) {
            return LIMESURVEY;
        }
        if (headerRows.size() == 2 && questionsSpanOptions(headerRows.get(0), headerRows.get(1))) {
            return SURVEYMONKEY; // its option row, even when no single answer says "Response"
        }
        if (names.contains("response id") && (names.contains("time started") || names.contains("date submitted"))) {
            return ALCHEMER;
        }
        if (names.contains("id") && names.contains("start time") && names.contains("completion time")) {
            return MICROSOFT_FORMS;
        }
        String first = headerRows.get(headerRows.size() - 1).isEmpty() ? "" : headerRows.get(headerRows.size() - 1).get(0);
        return first.trim().equalsIgnoreCase("timestamp") ? GOOGLE_FORMS : SPREADSHEET;
    }

    /** True when a question stands above the first of several columns whose answer options the next row names. */
    private static boolean questionsSpanOptions(List<String> questions, List<String> options) {
        for (int i = 0; i + 1 < Math.min(questions.size(), options.size()); i++) {
            if (!questions.get(i).isBlank() && questions.get(i + 1).isBlank()
                    && !options.get(i).isBlank() && !options.get(i + 1).isBlank()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLimeSurveyCodeRow(Set<String> names) {
        return names.contains("id") && (names.contains("submitdate") || names.contains("startlanguage")
                || names.contains("lastpage"));
    }

    private static Set<String> lowerCase(List<List<String>> rows) {
        Set<String> names = new HashSet<>();
        rows.forEach(row -> row.forEach(v -> names.add(v.trim().toLowerCase(Locale.ROOT))));
        return names;
    }
}
