package org.journeystudio.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.journeystudio.testing.FastTest;
import org.journeystudio.testing.SampleMaps;
import org.journeystudio.ui.fakes.InMemoryLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A library opening in the background: refused with a message until open, then the opened library itself. */
@FastTest
class OpeningLibraryTest {
    private final CompletableFuture<InMemoryLibrary> opening = new CompletableFuture<>();
    private final OpeningLibrary library = new OpeningLibrary(Path.of("/home/ana/library"), opening);

    @Test
    void untilItIsOpenCallsAreRefusedWithAMessageAndWaitersWait() {
        AtomicInteger told = new AtomicInteger();
        library.whenOpen(told::incrementAndGet);

        assertThat(library.isOpen()).isFalse();
        assertThat(library.location()).isEqualTo(Path.of("/home/ana/library").toString());
        assertThatThrownBy(library::list).isInstanceOf(LibraryException.class)
                .hasMessage("The library /home/ana/library is still opening; try again in a moment.");
        assertThat(told).hasValue(0);

        InMemoryLibrary opened = new InMemoryLibrary();
        opened.create(SampleMaps.shop("shop"));
        opening.complete(opened);

        assertThat(told).hasValue(1);
        assertThat(library.isOpen()).isTrue();
        assertThat(library.list()).extracting(ProjectSummary::id).containsExactly("shop");
        library.whenOpen(told::incrementAndGet);
        assertThat(told).hasValue(2);
    }

    @Test
    void itKeepsThumbnailsWhereTheOpenedLibraryDoesAndNowhereBefore(@TempDir Path folder) {
        assertThat(library.thumbnailCache()).as("still opening").isEmpty();
        opening.complete(new InMemoryLibrary());
        assertThat(library.thumbnailCache()).as("a library without a folder keeps none").isEmpty();

        CompletableFuture<H2Library> h2 = CompletableFuture.completedFuture(H2Library.open(folder));
        try (OpeningLibrary opened = new OpeningLibrary(folder, h2)) {
            assertThat(opened.thumbnailCache()).isPresent();
            assertThat(opened.sharedItems()).as("the Library view needs the opened library's").isPresent();
        }
    }

    @Test
    void aLibraryThatFailedToOpenStaysClosedAndClosesQuietly() {
        AtomicInteger told = new AtomicInteger();
        library.whenOpen(told::incrementAndGet);
        opening.completeExceptionally(new LibraryException("in use by another Journey Studio (pid 4242)"));

        assertThat(library.isOpen()).isFalse();
        assertThat(told).hasValue(0);
        assertThatThrownBy(library::list).hasMessageContaining("still opening");
        library.close();
    }

    @Test
    void closingWhileItOpensClosesItOnceOpenWithoutWaiting() {
        boolean[] closed = {false};
        ProjectLibrary opened = (ProjectLibrary) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ProjectLibrary.class}, (proxy, method, args) -> {
                    closed[0] |= method.getName().equals("close");
                    return null;
                });
        CompletableFuture<ProjectLibrary> slow = new CompletableFuture<>();
        new OpeningLibrary(Path.of("library"), slow).close(); // returns at once

        assertThat(closed[0]).isFalse();
        slow.complete(opened);
        assertThat(closed[0]).isTrue();
    }
}
