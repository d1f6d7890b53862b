package org.journeystudio.survey;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts a survey straight from its bytes, for encodings where delimiters, quotes and line ends are single ASCII
 * bytes (UTF-8, Windows-1252). It follows the same CSV rules as the record reader (RFC 4180 quotes, CR, LF or
 * CRLF line ends, blank lines skipped) and the same {@link TallyPlan}, but makes no String per field: whole
 * numbers are parsed in place and segment spellings are looked up as bytes. Anything unusual in a rating field
 * goes through {@link RatingAnswers}, so both readers judge answers alike. {@link ByteSurveyReading} runs one
 * tallier per part of the file.
 */
final class ByteTallier {
    /**
     * Small on purpose: refills then happen often enough that the JIT sees the buffer-boundary branches while
     * profiling, instead of compiling them out and recompiling the parser each time one is first taken.
     */
    static final int BUFFER_SIZE = 1 << 16;
    private static final int INCOMPLETE = -1;
    private static final int END = -2;
    /** Whole numbers up to this are judged by table lookup. */
    private static final int TABLE_MAX = 10;

    private final TallyPlan plan;
    private final Path file;
    private final byte delimiter;
    private final int fieldCount;
    /** Per field: rating column j as j, segment column k as {@code -2 - k}, anything else {@link #IGNORED}. */
    private final int[] roles;
    /** {@link #roles} once past the header rows; before that all fields are ignored, headers are not answers. */
    private int[] activeRoles;
    private static final int IGNORED = -1;
    private static final java.lang.invoke.VarHandle LONGS =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
    private static final long LINE_FEEDS = 0x0A0A0A0A0A0A0A0AL;
    private static final long RETURNS = 0x0D0D0D0D0D0D0D0DL;
    private final long delimiterWord;
    private final int[][] verdicts;

    // The record being parsed; re-filled from scratch if the record has to be parsed again after a refill.
    private final int[] values;
    private final int[] segmentStart;
    private final int[] segmentEnd;
    private final boolean[] segmentEscaped;
    private int fieldsSeen;
    private int newlinesInRecord;
    private boolean blankRecord;
    private String problem;

    private final InputStream in;
    private byte[] buffer;
    private int limit;
    private boolean eof;
    private long line = 1;

    private final ByteLabels[] labels;
    private final Map<Long, Integer> pairIds = new HashMap<>();
    private final List<int[]> pairs = new ArrayList<>();
    // Per segment id: how often each scale point was given per rating column (column * POINTS + point). A flat
    // count array keeps the per-row work to one increment per answer; it becomes CellAccumulators at the end.
    private long[][] countsById = new long[16][];
    private long[] rowsById = new long[16];
    private long rowsRead;
    private final List<BadRow> badRows = new ArrayList<>();
    private long badRowCount;

    // Splitting: this part starts at startOffset and, when stopAt is set, must end exactly where the next part
    // starts. Landing anywhere else means the split point was inside a quoted field: then this part reads on.
    private final int headerRows;
    private long bufferOffset;
    private long stopAt = Long.MAX_VALUE;
    private boolean misaligned;
    private volatile boolean cancelled;

    /**
     * A tallier for the part of the file that {@code in} reads from {@code startOffset} on; {@code headerRows}
     * records at its start are headers (0 for any part but the first).
     */
    ByteTallier(TallyPlan plan, InputStream in, int bufferSize, int headerRows, long startOffset) {
        this.plan = plan;
        this.buffer = new byte[bufferSize];
        this.headerRows = headerRows;
        this.bufferOffset = startOffset;
        this.file = plan.format().file();
        this.in = in;
        SurveyFormat format = plan.format();
        this.delimiter = (byte) format.delimiter();
        this.delimiterWord = 0x0101010101010101L * (delimiter & 0xFF);
        this.fieldCount = format.fieldCount();
        this.roles = new int[fieldCount];
        java.util.Arrays.fill(roles, IGNORED);
        int segments = plan.segmentColumns().size();
        for (int k = 0; k < segments; k++) {
            roles[plan.segmentColumns().get(k).index()] = -2 - k;
        }
        int ratings = plan.ratings().size();
        this.verdicts = new int[ratings][TABLE_MAX + 1];
        for (int j = 0; j < ratings; j++) {
            RatingColumn rating = plan.ratings().get(j);
            roles[rating.column().index()] = j;
            for (int v = 0; v <= TABLE_MAX; v++) {
                verdicts[j][v] = RatingAnswers.check(v, rating.scale(), plan.notApplicable());
            }
        }
        this.values = new int[ratings];
        this.segmentStart = new int[segments];
        this.segmentEnd = new int[segments];
        this.segmentEscaped = new boolean[segments];
        this.labels = new ByteLabels[segments];
        for (int k = 0; k < segments; k++) {
            labels[k] = new ByteLabels();
        }
    }

    /** Reads to the end of the file, or to the record start set by {@link #stopAt(long)}. */
    void run() throws IOException {
        fill(0);
        int position = 0;
        int headersLeft = headerRows;
        activeRoles = roles;
        if (headersLeft > 0) {
            activeRoles = new int[fieldCount];
            java.util.Arrays.fill(activeRoles, IGNORED);
        }
        while (true) {
            if (headersLeft == 0 && bufferOffset + position >= stopAt) {
                if (bufferOffset + position == stopAt) {
                    return;
                }
                misaligned = true;
                stopAt = Long.MAX_VALUE;
            }
            int next = parseRecord(position);
            if (next == INCOMPLETE) {
                position = refill(position);
                continue;
            }
            if (next == END) {
                if (stopAt != Long.MAX_VALUE) {
                    misaligned = true; // the split point was never reached as a record start (it was in a header)
                }
                return;
            }
            long recordLine = line;
            line += newlinesInRecord;
            position = next;
            if (blankRecord) {
                continue;
            }
            if (headersLeft > 0) {
                if (--headersLeft == 0) {
                    activeRoles = roles;
                }
                continue;
            }
            rowsRead++;
            if (fieldsSeen != fieldCount) {
                addBadRow(new BadRow(recordLine, RatingAnswers.fieldCountProblem(fieldsSeen, fieldCount)));
            } else if (problem != null) {
                addBadRow(new BadRow(recordLine, problem));
            } else {
                commit();
            }
        }
    }

    /** Ends this part exactly at {@code offset}, where the next part starts reading. */
    void stopAt(long offset) {
        stopAt = offset;
    }

    /** True when {@link #stopAt(long)} fell inside a record, so this part read on to the end of the file. */
    boolean misaligned() {
        return misaligned;
    }

    /** Makes {@link #run()} stop at its next refill; used when its part turned out not to be needed. */
    void cancel() {
        cancelled = true;
    }

    /** The line number of the record this part would read next: where the following part's line 1 is. */
    long nextLine() {
        return line;
    }

    private void addBadRow(BadRow row) {
        badRowCount++;
        if (badRows.size() < SurveyTally.BAD_ROWS_KEPT) {
            badRows.add(row);
        }
    }

    /**
     * Parses the record starting at {@code p}; returns where the next one starts, {@link #INCOMPLETE} when the
     * buffer ends inside it (nothing is committed until a record is complete), or {@link #END}.
     */
    private int parseRecord(int p) {
        final byte[] b = buffer;
        final int lim = limit;
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
            return lineEnd(p);
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
                    if (value < RatingAnswers.NOT_APPLICABLE && problem == null) {
                        problem = RatingAnswers.problem(Character.toString(c), value, plan.ratings().get(role));
                    }
                    values[role] = value;
                    p += 2;
                    field++;
                    continue;
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
                            throw new SurveyException(file + ":" + line
                                    + ": a quoted field that starts on this line is never closed");
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
                    throw new SurveyException(file + ":" + (line + newlinesInRecord)
                            + ": unexpected text after a closing quote; quotes inside a quoted field must be doubled");
                }
            } else {
                if (field >= fieldCount || roles[field] < 0) {
                    p = skipLongRun(b, p, lim); // labels, dates, free text: eight bytes at a time
                }
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
            if (field < fieldCount) {
                int role = roles[field];
                if (role >= 0) {
                    int value = readRating(role, start, end, escaped);
                    if (value < RatingAnswers.NOT_APPLICABLE && problem == null) {
                        String raw = text(start, end, escaped);
                        problem = RatingAnswers.problem(raw, value, plan.ratings().get(role));
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
            return lineEnd(p);
        }
    }

    /**
     * Moves past whole eight-byte words that hold no delimiter, CR or LF (SWAR: a byte equal to the one looked
     * for becomes zero after XOR, and the classic has-zero-byte test finds it), stopping at or before the word
     * that ends the field; the caller finishes byte by byte.
     */
    private int skipLongRun(byte[] b, int p, int lim) {
        while (p + 8 <= lim) {
            long word = (long) LONGS.get(b, p);
            if ((hasZeroByte(word ^ delimiterWord) | hasZeroByte(word ^ LINE_FEEDS) | hasZeroByte(word ^ RETURNS)) != 0) {
                return p;
            }
            p += 8;
        }
        return p;
    }

    private static long hasZeroByte(long word) {
        return (word - 0x0101010101010101L) & ~word & 0x8080808080808080L;
    }

    /** Consumes LF, CR or CRLF at {@code p}. */
    private int lineEnd(int p) {
        newlinesInRecord++;
        if (buffer[p] == '\n') {
            return p + 1;
        }
        if (p + 1 < limit) {
            return buffer[p + 1] == '\n' ? p + 2 : p + 1;
        }
        return eof ? p + 1 : INCOMPLETE;
    }

    private int readRating(int rating, int start, int end, boolean escaped) {
        final byte[] b = buffer;
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
                    int value = d0 * 10 + d1;
                    return value <= TABLE_MAX ? verdicts[rating][value]
                            : RatingAnswers.check(value, plan.ratings().get(rating).scale(), plan.notApplicable());
                }
            }
        }
        RatingColumn column = plan.ratings().get(rating);
        return RatingAnswers.read(text(start, end, escaped), column.scale(), plan.notApplicable());
    }

    private String text(int start, int end, boolean escaped) {
        byte[] bytes = bytes(start, end, escaped);
        return new String(bytes, plan.format().encoding().charset());
    }

    /** The field's bytes with doubled quotes undone. */
    private byte[] bytes(int start, int end, boolean escaped) {
        if (!escaped) {
            return java.util.Arrays.copyOfRange(buffer, start, end);
        }
        byte[] out = new byte[end - start];
        int n = 0;
        for (int i = start; i < end; i++) {
            out[n++] = buffer[i];
            if (buffer[i] == '"') {
                i++; // skip the second quote of a doubled pair
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private void commit() {
        int id = labelId(0);
        if (labels.length == 2) {
            int second = labelId(1);
            long key = ((long) id << 32) | second;
            Integer pair = pairIds.get(key);
            if (pair == null) {
                pair = pairs.size();
                pairIds.put(key, pair);
                pairs.add(new int[] {id, second});
            }
            id = pair;
        }
        long[] counts = counts(id);
        rowsById[id]++;
        int[] answers = values;
        for (int j = 0, base = 0; j < answers.length; j++, base += CellAccumulator.POINTS) {
            int value = answers[j];
            if (value >= 0) {
                counts[base + value]++;
            }
        }
    }

    private int labelId(int segment) {
        if (segmentEscaped[segment]) {
            byte[] unescaped = bytes(segmentStart[segment], segmentEnd[segment], true);
            return labels[segment].id(unescaped, 0, unescaped.length);
        }
        return labels[segment].id(buffer, segmentStart[segment], segmentEnd[segment]);
    }

    private long[] counts(int id) {
        if (id >= countsById.length) {
            countsById = java.util.Arrays.copyOf(countsById, Math.max(id + 1, countsById.length * 2));
            rowsById = java.util.Arrays.copyOf(rowsById, countsById.length);
        }
        long[] counts = countsById[id];
        if (counts == null) {
            counts = new long[values.length * CellAccumulator.POINTS];
            countsById[id] = counts;
        }
        return counts;
    }

    /** Keeps the unfinished record at {@code from}, reads more after it; returns its new position. */
    private int refill(int from) throws IOException {
        if (cancelled) {
            eof = true;
            limit = from;
            return from;
        }
        int kept = limit - from;
        bufferOffset += from;
        if (from == 0 && limit == buffer.length) {
            buffer = java.util.Arrays.copyOf(buffer, buffer.length * 2); // a record longer than the buffer
        } else {
            System.arraycopy(buffer, from, buffer, 0, kept);
        }
        limit = kept;
        fill(kept);
        return 0;
    }

    private void fill(int offset) throws IOException {
        limit = offset;
        while (limit < buffer.length) {
            int read = in.read(buffer, limit, buffer.length - limit);
            if (read < 0) {
                eof = true;
                return;
            }
            limit += read;
        }
    }

    /** Adds this part's counts and bad rows to {@code tally}, its line numbers shifted by {@code lineShift}. */
    void addTo(SurveyTally tally, Charset charset, long lineShift) {
        tally.countRead(rowsRead);
        for (BadRow row : badRows) {
            tally.addBadRow(new BadRow(row.line() + lineShift, row.reason()));
        }
        for (long hidden = badRows.size(); hidden < badRowCount; hidden++) {
            tally.addBadRow(null);
        }
        for (int id = 0; id < countsById.length; id++) {
            if (countsById[id] == null) {
                continue;
            }
            List<String> spellings;
            if (labels.length == 2) {
                int[] pair = pairs.get(id);
                spellings = List.of(decode(0, pair[0], charset), decode(1, pair[1], charset));
            } else {
                spellings = List.of(decode(0, id, charset));
            }
            SurveyTally.Group group = tally.group(spellings);
            group.addRows(rowsById[id]);
            for (int j = 0; j < values.length; j++) {
                for (int point = 0; point < CellAccumulator.POINTS; point++) {
                    group.cell(j).add(point, countsById[id][j * CellAccumulator.POINTS + point]);
                }
            }
        }
    }

    boolean labelsAreUtf8() {
        for (ByteLabels column : labels) {
            for (int id = 0; id < column.size(); id++) {
                if (!EncodingDetector.isValidUtf8(column.spelling(id))) {
                    return false;
                }
            }
        }
        return true;
    }

    private String decode(int segment, int id, Charset charset) {
        return new String(labels[segment].spelling(id), charset);
    }
}
