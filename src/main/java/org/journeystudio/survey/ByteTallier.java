package org.journeystudio.survey;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts one part of a survey straight from its bytes, for encodings where delimiters, quotes and line ends are
 * single ASCII bytes (UTF-8, Windows-1252), with the same {@link TallyPlan} as the record reader. A
 * {@link ByteRecordParser} splits the bytes of a {@link ByteWindow} into records and {@link ByteGroupCounts}
 * counts the good ones per segment group; this class skips the header rows, keeps the bad rows and ends the part
 * where the next one starts. {@link ByteSurveyReading} runs one tallier per part of the file.
 */
final class ByteTallier {
    /**
     * Small on purpose: refills then happen often enough that the JIT sees the buffer-boundary branches while
     * profiling, instead of compiling them out and recompiling the parser each time one is first taken.
     */
    static final int BUFFER_SIZE = 1 << 16;

    private final ByteWindow window;
    private final ByteRecordParser parser;
    private final ByteGroupCounts groups;
    private final int fieldCount;
    private final java.nio.file.Path file;
    private long rowsRead;
    private final List<BadRow> badRows = new ArrayList<>();
    private long badRowCount;

    // Splitting: the parts of the file start at the offsets in partStarts, each just after a line feed. This part
    // ends at the first of them, after its own start, that it reaches as a record start. Passing one means that
    // line feed was inside a quoted field, so the part starting there is not a part of the file: read on.
    private final int headerRows;
    private long[] partStarts = {};
    private int nextPart;
    private long stopAt = Long.MAX_VALUE;

    /**
     * A tallier for the part of the file that {@code in} reads from {@code startOffset} on; {@code headerRows}
     * records at its start are headers (0 for any part but the first).
     */
    ByteTallier(TallyPlan plan, InputStream in, int bufferSize, int headerRows, long startOffset) {
        this.window = new ByteWindow(in, bufferSize, startOffset);
        this.parser = new ByteRecordParser(plan, window);
        this.groups = new ByteGroupCounts(plan);
        this.file = plan.format().source();
        this.fieldCount = plan.format().fieldCount();
        this.headerRows = headerRows;
    }

    /** Reads to the end of the file, or to the record start set by {@link #stopAt(long)}. */
    void run() throws IOException {
        window.start();
        int position = 0;
        int headersLeft = headerRows;
        parser.readingHeaders(headersLeft > 0);
        while (true) {
            if (headersLeft == 0 && window.offset(position) >= stopAt && reachedPart(window.offset(position))) {
                return;
            }
            int next = parser.parse(position);
            if (next == ByteRecordParser.INCOMPLETE) {
                if (position == 0 && window.limit() >= SurveyLimits.MAX_RECORD_LENGTH) {
                    throw SurveyLimits.recordTooLong(file, parser.line()); // the record fills the largest buffer
                }
                position = window.refill(position);
                continue;
            }
            if (next == ByteRecordParser.END) {
                nextPart = partStarts.length;
                return;
            }
            long recordLine = parser.line();
            parser.passRecord();
            position = next;
            if (parser.blankRecord()) {
                continue;
            }
            if (headersLeft > 0) {
                if (--headersLeft == 0) {
                    parser.readingHeaders(false);
                }
                continue;
            }
            rowsRead++;
            int fieldsSeen = parser.fields();
            if (fieldsSeen != fieldCount) {
                addBadRow(new BadRow(recordLine, RatingAnswers.fieldCountProblem(fieldsSeen, fieldCount)));
            } else if (parser.problem() != null) {
                addBadRow(new BadRow(recordLine, parser.problem()));
            } else {
                groups.add(parser);
            }
        }
    }

    /**
     * Ends this part at the first of {@code starts[from..]} (ascending file offsets, where other parts start
     * reading) that it reaches as a record start, or at the end of the file.
     */
    void stopAtAny(long[] starts, int from) {
        partStarts = starts;
        nextPart = from;
        stopAt = from < starts.length ? starts[from] : Long.MAX_VALUE;
    }

    /** True when {@code offset}, a record start at or past {@link #stopAt}, is where a part starts. */
    private boolean reachedPart(long offset) {
        while (nextPart < partStarts.length && partStarts[nextPart] < offset) {
            nextPart++;
        }
        if (nextPart < partStarts.length && partStarts[nextPart] == offset) {
            return true;
        }
        stopAt = nextPart < partStarts.length ? partStarts[nextPart] : Long.MAX_VALUE;
        return false;
    }

    /** Which part this one ended at (an index into the starts given to {@link #stopAtAny}), after {@link #run()}. */
    int endPart() {
        return nextPart;
    }

    /** The line number of the record this part would read next: where the following part's line 1 is. */
    long nextLine() {
        return parser.line();
    }

    private void addBadRow(BadRow row) {
        badRowCount++;
        if (badRows.size() < SurveyTally.BAD_ROWS_KEPT) {
            badRows.add(row);
        }
    }

    long rowsRead() {
        return rowsRead;
    }

    /** The bad rows kept, line numbers counted from this part's start (line 1). */
    List<BadRow> badRows() {
        return badRows;
    }

    /** All bad rows, kept or not. */
    long badRowCount() {
        return badRowCount;
    }

    ByteGroupCounts groups() {
        return groups;
    }
}
