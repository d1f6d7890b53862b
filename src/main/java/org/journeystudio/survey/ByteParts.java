package org.journeystudio.survey;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Joins the parts of a survey read by {@link ByteTallier}s in file order, as they finish. Part 0 starts at the
 * first record; each part joined ends where the next joined part starts. A part that ended past the start of the
 * next (that start was inside a quoted field) makes the parts it passed unneeded. Joining as parts finish keeps
 * only the parts waiting for an earlier one in memory, not every part's counts.
 */
final class ByteParts {
    private final TallyPlan plan;
    private final long[] starts;
    /** Finished parts not yet joined, by index. */
    private final ByteTallier[] finished;
    private final boolean[] failed;
    /** The next part to join: every part before it is joined or unneeded. */
    private int frontier;
    private boolean broken;
    /** A limit the joined parts went over (each part alone was within it). */
    private SurveyException overLimit;

    private final ByteGroupCounts groups;
    private long rowsRead;
    private final List<BadRow> badRows = new ArrayList<>();
    private long badRowCount;
    /** Lines before the next part to join. */
    private long lineShift;

    ByteParts(TallyPlan plan, long[] starts) {
        this.plan = plan;
        this.starts = starts;
        this.finished = new ByteTallier[starts.length];
        this.failed = new boolean[starts.length];
        this.groups = new ByteGroupCounts(plan);
    }

    /** Where each part starts in the file, ascending; part 0 at the first record. */
    long[] starts() {
        return starts;
    }

    /** False when an earlier part has already read past part {@code index}'s start: its reading is not needed. */
    synchronized boolean needed(int index) {
        return index >= frontier && !broken;
    }

    /** Part {@code index} has been read; joins it and any parts after it that were waiting for it. */
    synchronized void done(int index, ByteTallier part) {
        if (index < frontier) {
            return;
        }
        finished[index] = part;
        join();
    }

    /** Part {@code index} could not be read; if it is needed, the parts cannot be joined. */
    synchronized void failed(int index) {
        failed[index] = true;
        join();
    }

    /** True when the parts joined run from the first record to the end of the file. */
    synchronized boolean complete() {
        return !broken && frontier == starts.length;
    }

    private void join() {
        while (!broken && frontier < starts.length && (finished[frontier] != null || failed[frontier])) {
            if (failed[frontier]) {
                broken = true;
                return;
            }
            ByteTallier part = finished[frontier];
            finished[frontier] = null;
            try {
                add(part);
            } catch (SurveyException e) {
                overLimit = e;
                broken = true;
                return;
            }
            int end = part.endPart();
            for (int passed = frontier + 1; passed < end; passed++) {
                finished[passed] = null; // read from a start inside a quoted field: not a part of the file
            }
            frontier = end;
        }
    }

    private void add(ByteTallier part) {
        rowsRead += part.rowsRead();
        for (BadRow row : part.badRows()) {
            if (badRows.size() < SurveyTally.BAD_ROWS_KEPT) {
                badRows.add(new BadRow(row.line() + lineShift, row.reason()));
            }
        }
        badRowCount += part.badRowCount();
        groups.addAll(part.groups());
        lineShift += part.nextLine() - 1;
    }

    /** The joined counts, once {@link #complete()} or after the one part of a whole-file reading. */
    synchronized SurveyTally tally() {
        if (overLimit != null) {
            throw overLimit;
        }
        if (!complete()) {
            throw new IllegalStateException("parts " + frontier + " to " + starts.length + " are not joined");
        }
        SurveyTally tally = new SurveyTally(SurveyTally.pointsOf(plan.ratings()));
        Charset charset = plan.format().encoding().charset();
        if (charset.equals(StandardCharsets.UTF_8) && !groups.labelsAreUtf8()) {
            // The detector checked only the start of the file; a label further on says it is Windows-1252.
            charset = EncodingDetector.WINDOWS_1252;
        }
        tally.countRead(rowsRead);
        badRows.forEach(tally::addBadRow);
        for (long hidden = badRows.size(); hidden < badRowCount; hidden++) {
            tally.addBadRow(null);
        }
        groups.addTo(tally, charset);
        SurveyLimits.checkGroups(plan, tally);
        return tally;
    }
}
