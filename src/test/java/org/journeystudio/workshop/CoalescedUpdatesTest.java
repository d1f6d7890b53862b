package org.journeystudio.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.journeystudio.testing.FastTest;
import org.junit.jupiter.api.Test;

/** Values from another thread reach the UI newest-only, with at most one hand-over queued at a time. */
@FastTest
class CoalescedUpdatesTest {
    private final Deque<Runnable> uiQueue = new ArrayDeque<>();
    private final List<Integer> shown = new ArrayList<>();
    private final CoalescedUpdates<Integer> updates = new CoalescedUpdates<>(uiQueue::add, shown::add);

    @Test
    void aBurstWhileTheUiIsBusyQueuesOneTaskThatShowsTheNewestValue() throws Exception {
        Thread server = new Thread(() -> {
            for (int i = 1; i <= 1000; i++) {
                updates.accept(i);
            }
        });
        server.start();
        server.join();

        assertThat(uiQueue).hasSize(1);
        uiQueue.poll().run();
        assertThat(shown).containsExactly(1000);
    }

    @Test
    void aValueArrivingAfterADeliveryQueuesTheNextOne() {
        updates.accept(1);
        uiQueue.poll().run();
        updates.accept(2);
        updates.accept(3);

        assertThat(uiQueue).hasSize(1);
        uiQueue.poll().run();
        assertThat(shown).containsExactly(1, 3);
    }

    @Test
    void afterStopNothingMoreIsShown() {
        updates.accept(1);
        updates.stop();
        updates.accept(2);
        uiQueue.forEach(Runnable::run);

        assertThat(shown).isEmpty();
    }
}
