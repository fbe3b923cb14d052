package dev.aliendb.storage.pager;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Requests made during a run coalesce into one more run; tickets wait for a later run; stop ends it for good. */
class BackgroundCheckpointerTest {
    @Test
    void requestsDuringARunCoalesceAndTicketsWaitForALaterRun() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch firstRunEntered = new CountDownLatch(1);
        CountDownLatch releaseFirstRun = new CountDownLatch(1);
        BackgroundCheckpointer checkpointer = new BackgroundCheckpointer("test-checkpointer", () -> {
            if (runs.incrementAndGet() == 1) {
                firstRunEntered.countDown();
                try {
                    releaseFirstRun.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        checkpointer.request();
        firstRunEntered.await(10, TimeUnit.SECONDS);
        long last = 0;
        for (int i = 0; i < 5; i++) {
            last = checkpointer.request();
        }
        releaseFirstRun.countDown();
        checkpointer.await(last);
        assertEquals(2, runs.get(), "five requests during the first run cause exactly one more");
        checkpointer.awaitRequested();
        assertEquals(2, runs.get());
        checkpointer.stop();
        assertEquals(0, checkpointer.request(), "a stopped checkpointer takes no more requests");
        assertEquals(2, runs.get());
    }
}
