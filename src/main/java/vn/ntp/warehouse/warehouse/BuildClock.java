package vn.ntp.warehouse.warehouse;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;

/**
 * Wall and process CPU time of one build statement, for the log: {@code 612 ms (cpu 1180 ms)}. DuckDB's worker
 * threads count in the process's CPU time; on a machine shared with other work the CPU time is the steadier figure.
 */
final class BuildClock {

    private static final OperatingSystemMXBean OS = ManagementFactory.getOperatingSystemMXBean();

    private final long wallStart = System.nanoTime();
    private final long cpuStart = cpuNanos();

    static BuildClock start() {
        return new BuildClock();
    }

    /** {@code 612 ms (cpu 1180 ms)}, or only the wall time where the JVM does not tell the process's CPU time. */
    String elapsed() {
        long wall = (System.nanoTime() - wallStart) / 1_000_000;
        long cpu = cpuNanos();
        return cpu < 0 || cpuStart < 0 ? wall + " ms" : wall + " ms (cpu " + (cpu - cpuStart) / 1_000_000 + " ms)";
    }

    private static long cpuNanos() {
        return OS instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : -1;
    }
}
