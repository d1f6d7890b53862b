package org.journeystudio.survey;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
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

    // Splitting: this part starts at startOffset and, when stopAt is set, must end exactly where the next part
    // starts. Landing anywhere else means the split point was inside a quoted field: then this part reads on.
    private final int headerRows;
    private long stopAt = Long.MAX_VALUE;
    private boolean misaligned;

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
            if (headersLeft == 0 && window.offset(position) >= stopAt) {
                if (window.offset(position) == stopAt) {
                    return;
                }
                misaligned = true;
                stopAt = Long.MAX_VALUE;
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
                if (stopAt != Long.MAX_VALUE) {
                    misaligned = true; // the split point was never reached as a record start (it was in a header)
                }
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
        window.cancel();
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

    /** Adds this part's counts and bad rows to {@code tally}, its line numbers shifted by {@code lineShift}. */
    void addTo(SurveyTally tally, Charset charset, long lineShift) {
        tally.countRead(rowsRead);
        for (BadRow row : badRows) {
            tally.addBadRow(new BadRow(row.line() + lineShift, row.reason()));
        }
        for (long hidden = badRows.size(); hidden < badRowCount; hidden++) {
            tally.addBadRow(null);
        }
        groups.addTo(tally, charset);
    }

    /** True when every segment spelling this part saw is valid UTF-8. */
    boolean labelsAreUtf8() {
        return groups.labelsAreUtf8();
    }
}
