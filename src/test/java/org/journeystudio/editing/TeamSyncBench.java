package org.journeystudio.editing;

import java.nio.file.Files;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.journeystudio.edit.command.SetTouchpointField;
import org.journeystudio.edit.command.TouchpointField;
import org.journeystudio.store.JdbcLibrary;
import org.journeystudio.store.LibraryKind;
import org.journeystudio.testing.SampleMaps;

/**
 * How long until another studio sees an edit on a team library: Alice's document changes a card's title, her
 * autosave writes it (with NOTIFY), Bob's watch hears it, loads the project and merges it into his document. p50/p95
 * over N edits on the test cluster; with {@code --polling} Bob's watch polls (the fallback when LISTEN fails) instead
 * of listening. Not a unit test; run with the test class path (see docs/benchmarks.md):
 * {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.journeystudio.editing.TeamSyncBench 100
 * [--polling]}.
 */
public final class TeamSyncBench {
    private TeamSyncBench() {
    }

    public static void main(String[] args) throws Exception {
        int edits = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        boolean polling = java.util.List.of(args).contains("--polling");
        LibraryKind.Place place = LibraryKind.POSTGRESQL.newPlace(Files.createTempDirectory("team-sync-bench"));
        try (JdbcLibrary setUp = place.open()) {
            setUp.create(SampleMaps.rich("map-1"));
        }
        long[] millis = new long[edits];
        java.util.Random random = new java.util.Random(24);
        try (TeamEditingTest.Studio alice = new TeamEditingTest.Studio(place, "Alice");
             TeamEditingTest.Studio bob = new TeamEditingTest.Studio(place, "Bob", polling)) {
            String card = SampleMaps.rich("map-1").touchpoints().get(0).id();
            BlockingQueue<String> seen = new LinkedBlockingQueue<>();
            bob.document.addListener(change -> seen.add(change.map().touchpoint(card).orElseThrow().title()));
            for (int i = 0; i < edits + 5; i++) {
                String title = "Edit " + i;
                long start = System.nanoTime();
                alice.thread.execute(() -> alice.document.execute(SetTouchpointField.of(alice.document.map(), card,
                        TouchpointField.TITLE, title)));
                while (!title.equals(seen.poll(5, TimeUnit.SECONDS))) {
                    // Other changes Bob's document hears (none here) are skipped.
                }
                if (i >= 5) {
                    millis[i - 5] = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                }
                // Polling: a random pause, else each edit starts just after the poll that saw the last one and every
                // edit waits nearly the whole period (phase-locked), which is not how people type.
                Thread.sleep(50 + (polling ? random.nextInt(500) : 0));
            }
        }
        Arrays.sort(millis);
        System.out.printf("%s: %d edits seen by the other studio: p50 %d ms, p95 %d ms, max %d ms%n",
                polling ? "polling" : "LISTEN/NOTIFY", edits, millis[edits / 2], millis[(int) Math.ceil(edits * 0.95) - 1], millis[edits - 1]);
        System.exit(0);
    }
}
