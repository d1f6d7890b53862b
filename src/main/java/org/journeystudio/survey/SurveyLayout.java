package org.journeystudio.survey;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The export layouts the reader recognises by their header rows, with how many header rows each has and which
 * of its columns are bookkeeping (never ratings or segments by default).
 */
public enum SurveyLayout {
    /** One header row starting with {@code Timestamp}; grid questions appear as {@code Question [Row]}. */
    GOOGLE_FORMS("Google Forms", 1, Set.of("timestamp", "email address", "score")),
    /** Two header rows: the question, then the sub-question or answer option ("Response" for single answers). */
    SURVEYMONKEY("SurveyMonkey", 2, Set.of("respondent id", "collector id", "start date", "end date",
            "ip address", "email address", "first name", "last name", "custom data 1", "custom data")),
    /** Three header rows: field ids, question text, then {@code {"ImportId":...}} descriptors. */
    QUALTRICS("Qualtrics", 3, Set.of("startdate", "enddate", "status", "ipaddress", "progress",
            "duration (in seconds)", "finished", "recordeddate", "responseid", "recipientlastname",
            "recipientfirstname", "recipientemail", "externalreference", "locationlatitude", "locationlongitude",
            "distributionchannel", "userlanguage")),
    /** One header row with {@code #}, the questions, {@code Start Date (UTC)}, {@code Submit Date (UTC)}, {@code Network ID}. */
    TYPEFORM("Typeform", 1, Set.of("#", "start date (utc)", "submit date (utc)", "network id", "stage date (utc)",
            "response type", "tags", "ending")),
    /** Anything else: one header row of column names. */
    SPREADSHEET("spreadsheet", 1, Set.of());

    private final String displayName;
    private final int headerRows;
    private final Set<String> bookkeepingColumns;

    SurveyLayout(String displayName, int headerRows, Set<String> bookkeepingColumns) {
        this.displayName = displayName;
        this.headerRows = headerRows;
        this.bookkeepingColumns = bookkeepingColumns;
    }

    public String displayName() {
        return displayName;
    }

    /** How many records at the top of the file are headers, not answers. */
    public int headerRows() {
        return headerRows;
    }

    /** True for columns the export tool adds itself (dates, ids, progress), whatever their values look like. */
    public boolean isBookkeeping(String columnName) {
        String key = columnName.trim().toLowerCase(Locale.ROOT);
        return bookkeepingColumns.contains(key) || looksLikeId(key);
    }

    private static boolean looksLikeId(String key) {
        return key.equals("id") || key.equals("#") || key.endsWith(" id") || key.endsWith("_id")
                || key.equals("respondent") || key.equals("row");
    }

    /**
     * Recognises the layout from the first records of a file (up to three). Qualtrics is told by its third row,
     * SurveyMonkey by its id columns, Typeform by its date columns, Google Forms by the leading Timestamp.
     */
    public static SurveyLayout recognise(List<List<String>> firstRecords) {
        if (firstRecords.isEmpty()) {
            return SPREADSHEET;
        }
        List<String> header = firstRecords.get(0);
        if (firstRecords.size() >= 3 && firstRecords.get(2).stream().anyMatch(v -> v.trim().startsWith("{\"ImportId\""))) {
            return QUALTRICS;
        }
        Set<String> names = lowerCase(header);
        if (names.contains("respondent id") && names.contains("collector id")) {
            return SURVEYMONKEY;
        }
        if (names.contains("submit date (utc)") && (names.contains("#") || names.contains("network id"))) {
            return TYPEFORM;
        }
        if (!header.isEmpty() && header.get(0).trim().equalsIgnoreCase("timestamp")) {
            return GOOGLE_FORMS;
        }
        return SPREADSHEET;
    }

    private static Set<String> lowerCase(List<String> values) {
        return Set.copyOf(values.stream().map(v -> v.trim().toLowerCase(Locale.ROOT)).toList());
    }
}
