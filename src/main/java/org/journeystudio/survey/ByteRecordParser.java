package org.journeystudio.survey;

import org.journeystudio.i18n.Messages;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Splits one part of a survey file into records straight from its bytes, with the CSV rules of the record reader
 * (RFC 4180 quotes, CR, LF or CRLF line ends, blank lines), and leaves each record's rating verdicts and segment
 * spans in place for {@link ByteTallier}: no String per field. A record that ends past the {@link ByteWindow}'s
 * data comes back {@link #INCOMPLETE} and is parsed again from its start after the refill.
 */
final class ByteRecordParser {
    /** {@link #parse(int)}: the buffer ends inside the record; refill and parse it again. */
    static final int INCOMPLETE = -1;
    /** {@link #parse(int)}: no more records. */
    static final int END = -2;
    private static final int IGNORED = -1;

    private final Path file;
    private final Charset charset;
    private final byte delimiter;
    private final long delimiterWord;
    private final int fieldCount;
    /** Per field: rating column j as j, segment column k as {@code -2 - k}, anything else {@link #IGNORED}. */
    private final int[] roles;
    /** Header records count nothing: every field is ignored while they are read. */
    private final int[] headerRoles;
    private int[] activeRoles;
    private final RatingVerdicts ratings;
    /** {@link RatingVerdicts#table()}, held here so the per-field fast path is one array lookup. */
    private final int[][] verdicts;
    private final KnownWords words;

    // The record being parsed; re-filled from scratch if the record has to be parsed again after a refill.
    private final int[] values;
    private final int[] segmentStart;
    private final int[] segmentEnd;
    private final boolean[] segmentEscaped;
    private int fieldsSeen;
    /** Whether the field just past the last column (a delimiter at the line's end) is empty. */
    private boolean extraFieldEmpty;
    private int newlinesInRecord;
    private boolean blankRecord;
    private String problem;

    private final ByteWindow window;
    private long line = 1;

    /** A parser of the records that {@code window} shows. */
    ByteRecordParser(TallyPlan plan, ByteWindow window) {
        SurveyFormat format = plan.format();
        this.file = format.source();
        this.charset = format.encoding().charset();
        this.window = window;
        this.delimiter = (byte) format.delimiter();
        this.delimiterWord = FieldScan.delimiterWord(delimiter);
        this.fieldCount = format.fieldCount();
        this.roles = new int[fieldCount];
        Arrays.fill(roles, IGNORED);
        this.headerRoles = roles.clone();
        this.activeRoles = roles;
        int segments = plan.segmentColumns().size();
        for (int k = 0; k < segments; k++) {
            roles[plan.segmentColumns().get(k).index()] = -2 - k;
        }
        for (int j = 0; j < plan.ratings().size(); j++) {
            roles[plan.ratings().get(j).column().index()] = j;
        }
        this.ratings = new RatingVerdicts(plan);
        this.verdicts = ratings.table();
        this.words = new KnownWords(plan.ratings().size());
        this.values = new int[plan.ratings().size()];
        this.segmentStart = new int[segments];
        this.segmentEnd = new int[segments];
        this.segmentEscaped = new boolean[segments];
    }

    /** While true, records are parsed for their shape only: header rows are not answers. */
    void readingHeaders(boolean headers) {
        activeRoles = headers ? headerRoles : roles;
    }

    /** The line the current record starts on. */
    long line() {
        return line;
    }

    /** Moves the line count past the record just parsed. */
    void passRecord() {
        line += newlinesInRecord;
    }

    boolean blankRecord() {
        return blankRecord;
    }

    /**
     * The record's field count, less one empty field past the last column: a delimiter at the end of the line
     * (LimeSurvey's VV files), read as {@link SurveyReader#withoutTrailingEmptyField} reads it.
     */
    int fields() {
        return fieldsSeen == fieldCount + 1 && extraFieldEmpty ? fieldCount : fieldsSeen;
    }

    /** Why the record's first bad rating is bad, or null. */
    String problem() {
        return problem;
    }

    /** The record's verdicts per rating column: a scale point, or below 0 for not applicable or invalid. */
    int[] values() {
        return values;
    }

    /** The id {@code labels} gives the record's spelling in segment column {@code segment}. */
    int segmentId(int segment, ByteLabels labels) {
        if (segmentEscaped[segment]) {
            byte[] unescaped = window.field(segmentStart[segment], segmentEnd[segment], true);
            return labels.id(unescaped, 0, unescaped.length);
        }
        return labels.id(window.bytes(), segmentStart[segment], segmentEnd[segment]);
    }

    /**
     * Parses the record starting at {@code p}; returns where the next one starts, {@link #INCOMPLETE} when the
     * buffer ends inside it (nothing is committed until a record is complete), or {@link #END}.
     */
    int parse(int p) {
        final byte[] b = window.bytes();
        final int lim = window.limit();
        final boolean eof = window.eof();
        final byte delim = delimiter;
        if (p >= lim) {
            return eof ? END : INCOMPLETE;
        }
        problem = null;
        newlinesInRecord = 0;
        blankRecord = false;
        byte first = b[p];
        if (first == '\n' || first == '\r') {
            blankRecord = true;
            return lineEnd(b, p, lim, eof);
        }
        final int[] roles = activeRoles;
        int field = 0;
        while (true) {
            // The common case first: a one-digit or empty rating followed by a delimiter.
            if (field < fieldCount && roles[field] >= 0 && p + 1 < lim) {
                int role = roles[field];
                byte c = b[p];
                if (c == delim) {
                    values[role] = RatingAnswers.NOT_APPLICABLE;
                    p++;
                    field++;
                    continue;
                }
                int digit = c - '0';
                if (digit >= 0 && digit <= 9 && b[p + 1] == delim) {
                    int value = verdicts[role][digit];
                    if (RatingAnswers.isBad(value) && problem == null) {
                        problem = ratings.problem(role, Character.toString(c), value);
                    }
                    values[role] = value;
                    p += 2;
                    field++;
                    continue;
                }
                int known = words.match(role, b, p, lim, delim); // a word answer this column gave before
                if (known >= 0) {
                    values[role] = words.verdict(role, known);
                    p += words.length(role, known);
                    fieldsSeen = ++field;
                    if (b[p] == delim) {
                        p++;
                        continue;
                    }
                    return lineEnd(b, p, lim, eof);
                }
            }
            int start = p;
            int end;
            boolean escaped = false;
            if (p < lim && b[p] == '"') {
                p++;
                start = p;
                while (true) {
                    if (p >= lim) {
                        if (eof) {
                            throw new SurveyException(Messages.text("imports.unclosedQuote", file, line));
                        }
                        return INCOMPLETE;
                    }
                    byte c = b[p];
                    if (c == '"') {
                        if (p + 1 >= lim && !eof) {
                            return INCOMPLETE;
                        }
                        if (p + 1 < lim && b[p + 1] == '"') {
                            escaped = true;
                            p += 2;
                            continue;
                        }
                        end = p;
                        p++;
                        break;
                    }
                    if (c == '\n') {
                        newlinesInRecord++;
                    }
                    p++;
                }
                if (p < lim && b[p] != delim && b[p] != '\n' && b[p] != '\r') {
                    throw new SurveyException(Messages.text("imports.textAfterQuote", file,
                            line + newlinesInRecord));
                }
            } else {
                p = FieldScan.skipWords(b, p, lim, delimiterWord); // labels, dates, free text, word answers
                while (p < lim) {
                    byte c = b[p];
                    if (c == delim || c == '\n' || c == '\r') {
                        break;
                    }
                    p++;
                }
                end = p;
            }
            if (p >= lim && !eof) {
                return INCOMPLETE;
            }
            if (field == fieldCount) {
                extraFieldEmpty = start == end;
            }
            if (field < fieldCount) {
                int role = roles[field];
                if (role >= 0) {
                    int value = readRating(b, role, start, end, escaped);
                    if (RatingAnswers.isBad(value)) {
                        if (problem == null) {
                            problem = ratings.problem(role, text(start, end, escaped), value);
                        }
                    } else if (!escaped) {
                        words.learn(role, b, start, end, value);
                    }
                    values[role] = value;
                } else if (role != IGNORED) {
                    int segment = -2 - role;
                    segmentStart[segment] = start;
                    segmentEnd[segment] = end;
                    segmentEscaped[segment] = escaped;
                }
            }
            field++;
            fieldsSeen = field;
            if (p >= lim) {
                return p; // last record, no line end
            }
            byte c = b[p];
            if (c == delim) {
                p++;
                continue;
            }
            return lineEnd(b, p, lim, eof);
        }
    }

    /** Consumes LF, CR or CRLF at {@code p}. */
    private int lineEnd(byte[] b, int p, int lim, boolean eof) {
        newlinesInRecord++;
        if (b[p] == '\n') {
            return p + 1;
        }
        if (p + 1 < lim) {
            return b[p + 1] == '\n' ? p + 2 : p + 1;
        }
        return eof ? p + 1 : INCOMPLETE;
    }

    private int readRating(byte[] b, int rating, int start, int end, boolean escaped) {
        int length = end - start;
        if (length == 0) {
            return RatingAnswers.NOT_APPLICABLE;
        }
        if (length <= 2 && !escaped) {
            int d0 = b[start] - '0';
            if (d0 >= 0 && d0 <= 9) {
                if (length == 1) {
                    return verdicts[rating][d0];
                }
                int d1 = b[start + 1] - '0';
                if (d1 >= 0 && d1 <= 9) {
                    return ratings.verdict(rating, d0 * 10 + d1);
                }
            }
        }
        if (!escaped) {
            return ratings.read(rating, b, start, end, charset);
        }
        return ratings.read(rating, text(start, end, escaped));
    }

    private String text(int start, int end, boolean escaped) {
        return new String(window.field(start, end, escaped), charset);
    }
}
