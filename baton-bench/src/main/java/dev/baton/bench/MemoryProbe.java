package dev.baton.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Memory of this process while a case runs, between {@link #reset} and {@link #read}:
 * <ul>
 *   <li>heap peak: a daemon thread samples {@code Runtime.totalMemory() - freeMemory()} every
 *       {@value #SAMPLE_MILLIS} ms (garbage included: it shows how far the heap filled before a collection);</li>
 *   <li>live heap: the largest heap occupancy right after a garbage collection, from the collectors' notifications
 *       (what survived: the data the JVM actually held); none when no collection ran;</li>
 *   <li>RSS peak: {@code VmHWM} of {@code /proc/self/status} (Java heap, DuckDB's native memory and everything else);
 *       reset with {@code /proc/self/clear_refs} ("5") where Linux allows it, otherwise the peak since the process
 *       started.</li>
 * </ul>
 */
final class MemoryProbe implements AutoCloseable {
    static final long SAMPLE_MILLIS = 10;
    private static final Path STATUS = Path.of("/proc/self/status");
    private static final Path CLEAR_REFS = Path.of("/proc/self/clear_refs");

    private final AtomicLong heapPeak = new AtomicLong();
    private final AtomicLong liveHeapPeak = new AtomicLong(-1);
    private final Thread sampler;
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener;
    private volatile boolean running = true;
    private volatile boolean rssReset;

    private MemoryProbe() {
        Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
        listener = (Notification notification, Object handback) -> {
            if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                long after = 0;
                for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                    if (heapPools.contains(pool.getKey())) {
                        after += pool.getValue().getUsed();
                    }
                }
                long used = after;
                liveHeapPeak.accumulateAndGet(used, Math::max);
            }
        };
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
                emitters.add(emitter);
            }
        }
        sampler = new Thread(this::sample, "baton-bench-heap-sampler");
        sampler.setDaemon(true);
    }

    static MemoryProbe start() {
        MemoryProbe probe = new MemoryProbe();
        probe.reset();
        probe.sampler.start();
        return probe;
    }

    /** Starts a new measurement. */
    void reset() {
        heapPeak.set(usedHeap());
        liveHeapPeak.set(-1);
        rssReset = resetRss();
    }

    /** The peaks since the last {@link #reset}. */
    BenchReport.Memory read() {
        heapPeak.accumulateAndGet(usedHeap(), Math::max);
        return new BenchReport.Memory(heapPeak.get(), liveHeapPeak.get(), rssPeak(), rssReset);
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
        for (NotificationEmitter emitter : emitters) {
            try {
                emitter.removeNotificationListener(listener);
            }
            catch (ListenerNotFoundException e) {
                // Already gone.
            }
        }
    }

    private void sample() {
        while (running) {
            heapPeak.accumulateAndGet(usedHeap(), Math::max);
            try {
                Thread.sleep(SAMPLE_MILLIS);
            }
            catch (InterruptedException e) {
                return;
            }
        }
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static boolean resetRss() {
        try {
            Files.writeString(CLEAR_REFS, "5", StandardCharsets.US_ASCII);
            return true;
        }
        catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** VmHWM in bytes, or -1 where there is no {@code /proc}. */
    static long rssPeak() {
        try {
            for (String line : Files.readAllLines(STATUS, StandardCharsets.US_ASCII)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.substring("VmHWM:".length()).replace("kB", "").strip()) * 1024;
                }
            }
            return -1;
        }
        catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
