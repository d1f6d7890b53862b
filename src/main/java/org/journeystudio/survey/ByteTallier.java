package org.journeystudio.survey;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
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
 * goes through {@link RatingAnswers}, so both readers judge answers alike.
 */
final class ByteTallier {
    private static final int BUFFER_SIZE = 1 << 20;
    private static final int INCOMPLETE = -1;
    private static final int END = -2;
    /** Whole numbers up to this are judged by table lookup. */
    private static final int TABLE_MAX = 10;

    private final TallyPlan plan;
    private final Path file;
    private final byte delimiter;
    private final int fieldCount;
    private final int[] segmentSlot;
    private final int[] ratingSlot;
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
    private CellAccumulator[][] cellsById = new CellAccumulator[16][];
    private long[] rowsById = new long[16];
    private long rowsRead;
    private final SurveyTally tally;

    private ByteTallier(TallyPlan plan, InputStream in, int bufferSize) {
        this.plan = plan;
        this.buffer = new byte[bufferSize];
        this.file = plan.format().file();
        this.in = in;
        SurveyFormat format = plan.format();
        this.delimiter = (byte) format.delimiter();
        this.fieldCount = format.fieldCount();
        this.segmentSlot = new int[fieldCount];
        this.ratingSlot = new int[fieldCount];
        java.util.Arrays.fill(segmentSlot, -1);
        java.util.Arrays.fill(ratingSlot, -1);
        int segments = plan.segmentColumns().size();
        for (int k = 0; k < segments; k++) {
            segmentSlot[plan.segmentColumns().get(k).index()] = k;
        }
        int ratings = plan.ratings().size();
        this.verdicts = new int[ratings][TABLE_MAX + 1];
        for (int j = 0; j < ratings; j++) {
            RatingColumn rating = plan.ratings().get(j);
            ratingSlot[rating.column().index()] = j;
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
        this.tally = new SurveyTally(ratings);
    }

    static SurveyTally tally(TallyPlan plan) {
        return tally(plan, BUFFER_SIZE);
    }

    /** With a chosen buffer size; tests use tiny buffers so that records straddle every refill. */
    static SurveyTally tally(TallyPlan plan, int bufferSize) {
        SurveyEncoding encoding = plan.format().encoding();
        if (!encoding.asciiCompatible()) {
            throw new IllegalArgumentException("the byte reader cannot read " + encoding.charset());
        }
        Path file = plan.format().file();
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(encoding.bomLength());
            ByteTallier tallier = new ByteTallier(plan, in, bufferSize);
            tallier.run();
            return tallier.result(encoding.charset());
        } catch (IOException e) {
            throw SurveyReader.unreadable(file, e);
        }
    }

    private void run() throws IOException {
        fill(0);
        int position = 0;
        int headersLeft = plan.format().layout().headerRows();
        while (true) {
            int next = parseRecord(position);
            if (next == INCOMPLETE) {
                position = refill(position);
                continue;
            }
            if (next == END) {
                return;
            }
            long recordLine = line;
            line += newlinesInRecord;
            position = next;
            if (blankRecord) {
                continue;
            }
            if (headersLeft > 0) {
                headersLeft--;
                continue;
            }
            rowsRead++;
            if (fieldsSeen != fieldCount) {
                tally.addBadRow(new BadRow(recordLine, RecordTallier.fieldCountProblem(fieldsSeen, fieldCount)));
            } else if (problem != null) {
                tally.addBadRow(new BadRow(recordLine, problem));
            } else {
                commit();
            }
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
        int field = 0;
        while (true) {
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
                int rating = ratingSlot[field];
                if (rating >= 0) {
                    int value = readRating(rating, start, end, escaped);
                    if (value < RatingAnswers.NOT_APPLICABLE && problem == null) {
                        String raw = text(start, end, escaped);
                        problem = RatingAnswers.problem(raw, value, plan.ratings().get(rating));
                    }
                    values[rating] = value;
                } else {
                    int segment = segmentSlot[field];
                    if (segment >= 0) {
                        segmentStart[segment] = start;
                        segmentEnd[segment] = end;
                        segmentEscaped[segment] = escaped;
                    }
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
        CellAccumulator[] cells = cells(id);
        rowsById[id]++;
        for (int j = 0; j < values.length; j++) {
            int value = values[j];
            if (value >= 0) {
                cells[j].add(value);
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

    private CellAccumulator[] cells(int id) {
        if (id >= cellsById.length) {
            cellsById = java.util.Arrays.copyOf(cellsById, Math.max(id + 1, cellsById.length * 2));
            rowsById = java.util.Arrays.copyOf(rowsById, cellsById.length);
        }
        CellAccumulator[] cells = cellsById[id];
        if (cells == null) {
            cells = new CellAccumulator[values.length];
            for (int j = 0; j < cells.length; j++) {
                cells[j] = new CellAccumulator();
            }
            cellsById[id] = cells;
        }
        return cells;
    }

    /** Keeps the unfinished record at {@code from}, reads more after it; returns its new position. */
    private int refill(int from) throws IOException {
        int kept = limit - from;
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

    private SurveyTally result(Charset charset) {
        tally.countRead(rowsRead);
        for (int id = 0; id < cellsById.length; id++) {
            if (cellsById[id] == null) {
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
                group.cell(j).addAll(cellsById[id][j]);
            }
        }
        return tally;
    }

    private String decode(int segment, int id, Charset charset) {
        return new String(labels[segment].spelling(id), charset);
    }
}
