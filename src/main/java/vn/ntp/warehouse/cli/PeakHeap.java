package vn.ntp.warehouse.cli;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * When the JVM exits (even through {@code System.exit}), prints one line
 * {@code [peak-heap] pools=<bytes> live=<bytes> max=<bytes> jdk=<feature version>}: {@code pools} is the sum of the heap
 * pools' peak usage (an upper bound: garbage included, the pools may peak at different times),
 * {@code live} the most heap still used right after a garbage collection (what the program really
 * holds), {@code max} the heap limit, {@code jdk} the Java version the launcher chose. {@code ./ntp} installs it when started with
 * {@code -Dntp.peak-heap=true} (the season bench sets it through {@code NTP_JAVA_OPTS}; the bench
 * itself lives in the test tree and runs through Maven's {@code bench} profile). Off by default.
 */
public final class PeakHeap {
    public static final String PREFIX = "[peak-heap]";

    private PeakHeap() {
    }

    public static void installIfAsked() {
        if (Boolean.getBoolean("ntp.peak-heap")) install();
    }

    private static void install() {
        AtomicLong live = new AtomicLong();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (!(gc instanceof NotificationEmitter emitter)) continue;
            emitter.addNotificationListener((notification, handback) -> {
                if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) return;
                GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                long used = 0;
                for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                    if (isHeap(pool.getKey())) used += pool.getValue().getUsed();
                }
                live.accumulateAndGet(used, Math::max);
            }, null, null);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            long pools = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) pools += pool.getPeakUsage().getUsed();
            }
            System.out.printf(Locale.ROOT, "%s pools=%d live=%d max=%d jdk=%d%n", PREFIX, pools, live.get(), Runtime.getRuntime().maxMemory(),
                    Runtime.version().feature());
            System.out.flush();
        }));
    }

    private static boolean isHeap(String poolName) {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getName().equals(poolName)) return pool.getType() == MemoryType.HEAP;
        }
        return false;
    }
}
