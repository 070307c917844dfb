package vn.portal.kernel.core.scheduler;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A job that schedules its own next run (the notification sender's loop) must keep running even
 * when its first run, due at once, starts on the executor before {@code runOnceAt} has returned.
 */
class RunOnceAtTest {

    @Test
    void aJobThatReschedulesItselfFromARunDueAtOnceKeepsRunning() throws Exception {
        ScheduledThreadPoolExecutor real = new ScheduledThreadPoolExecutor(1);
        AtomicBoolean first = new AtomicBoolean(true);
        // the caller is "preempted" right after handing over the first task: schedule() returns only
        // after the task had 200 ms to start on the executor thread
        JobScheduler scheduler = new JobScheduler();
        scheduler.executor = (ManagedScheduledExecutorService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ManagedScheduledExecutorService.class}, (p, m, a) -> {
                    Object result = m.invoke(real, a);
                    if (m.getName().equals("schedule") && first.getAndSet(false)) {
                        Thread.sleep(200);
                    }
                    return result;
                });
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch three = new CountDownLatch(3);
        Runnable[] job = new Runnable[1];
        job[0] = () -> {
            runs.incrementAndGet();
            three.countDown();
            if (runs.get() < 3) {
                scheduler.runOnceAt("loop", Instant.now().plusMillis(500), job[0]);
            }
        };
        try {
            scheduler.runOnceAt("loop", Instant.now(), job[0]);
            assertTrue(three.await(5, TimeUnit.SECONDS), "the job stopped after " + runs.get() + " run(s)");
        } finally {
            real.shutdownNow();
        }
    }
}
