package vn.ntp.warehouse.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the time of a run went, from its flight recording ({@code -XX:StartFlightRecording}): the
 * methods the sampled Java threads were running (self), the project's methods those samples came from
 * (the nearest {@code vn.ntp} frame), the native methods threads sat in (DuckDB's work is native), and
 * the same per step of the run, the steps' times taken from its console lines.
 */
final class JfrProfile {
    private static final String OURS = "vn.ntp.";

    /** A step of the run, between its "[n/5]" line and its "xong trong" line. */
    record Window(String step, Instant from, Instant to) {
    }

    private JfrProfile() {
    }

    static void print(Path recording, List<Window> steps, int top) throws IOException {
        List<RecordedEvent> events = RecordingFile.readAllEvents(recording);
        List<RecordedEvent> java = events.stream().filter(e -> e.getEventType().getName().equals("jdk.ExecutionSample")
                && e.getStackTrace() != null && !e.getStackTrace().getFrames().isEmpty()).toList();
        List<RecordedEvent> natives = events.stream().filter(e -> e.getEventType().getName().equals("jdk.NativeMethodSample")
                && e.getStackTrace() != null && !e.getStackTrace().getFrames().isEmpty()).toList();
        System.out.printf("   %d Java samples, %d native-method samples in %s%n", java.size(), natives.size(), recording);
        printJitAndGc(events);
        table("hot methods (self, Java samples)", java, JfrProfile::self, top);
        table("project methods the Java samples came from (nearest vn.ntp frame)", java, JfrProfile::ours, top);
        table("native methods threads were in (DuckDB works there; idle waits included)", natives, JfrProfile::self, 10);
        System.out.println("   per step: Java samples (share of the run's), native samples, top methods (self)");
        for (Window w : steps) {
            List<RecordedEvent> in = java.stream().filter(e -> within(e, w)).toList();
            long inNative = natives.stream().filter(e -> within(e, w)).count();
            System.out.printf(Locale.ROOT, "   %-55s %6d (%4.1f %%) %6d  %s%n", w.step(), in.size(), 100.0 * in.size() / Math.max(1, java.size()),
                    inNative, topLine(in, JfrProfile::self, 4));
        }
    }

    /**
     * What the samples do not show: the JIT compiler threads' work (a fresh JVM compiles tens of thousands of
     * methods, on the same 2 cores as the run) and the collector's pauses.
     */
    private static void printJitAndGc(List<RecordedEvent> events) {
        events.stream().filter(e -> e.getEventType().getName().equals("jdk.CompilerStatistics"))
                .reduce((a, b) -> b)
                .ifPresent(e -> System.out.printf(Locale.ROOT, "   JIT: %d methods compiled (%d on-stack replacements), "
                                + "%.1f s spent compiling (compiler threads' wall time, summed), %.0f MB of compiled code%n",
                        e.getLong("compileCount"), e.getLong("osrCompileCount"),
                        e.getDuration("totalTimeSpent").toMillis() / 1000.0, e.getLong("nmethodsSize") / 1e6));
        List<RecordedEvent> collections = events.stream()
                .filter(e -> e.getEventType().getName().equals("jdk.GarbageCollection")).toList();
        double pauses = collections.stream().mapToLong(e -> e.getDuration("sumOfPauses").toNanos()).sum() / 1e9;
        System.out.printf(Locale.ROOT, "   GC: %d collections, %.2f s of pauses%n", collections.size(), pauses);
    }

    private static boolean within(RecordedEvent e, Window w) {
        return !e.getStartTime().isBefore(w.from()) && e.getStartTime().isBefore(w.to());
    }

    private static void table(String title, List<RecordedEvent> samples, Function<RecordedEvent, String> key, int top) {
        System.out.println("   " + title + ":");
        counts(samples, key).entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(top)
                .forEach(e -> System.out.printf(Locale.ROOT, "     %5.1f %%  %6d  %s%n", 100.0 * e.getValue() / Math.max(1, samples.size()),
                        e.getValue(), e.getKey()));
    }

    private static String topLine(List<RecordedEvent> samples, Function<RecordedEvent, String> key, int top) {
        StringBuilder sb = new StringBuilder();
        counts(samples, key).entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(top)
                .forEach(e -> sb.append(String.format(Locale.ROOT, "%s %.0f %%; ", e.getKey(), 100.0 * e.getValue() / samples.size())));
        return sb.toString();
    }

    private static Map<String, Long> counts(List<RecordedEvent> samples, Function<RecordedEvent, String> key) {
        Map<String, Long> counts = new HashMap<>();
        for (RecordedEvent e : samples) counts.merge(key.apply(e), 1L, Long::sum);
        return counts;
    }

    private static String self(RecordedEvent e) {
        return name(e.getStackTrace().getFrames().get(0));
    }

    private static String ours(RecordedEvent e) {
        for (RecordedFrame f : e.getStackTrace().getFrames()) {
            if (f.getMethod().getType().getName().startsWith(OURS)) return name(f);
        }
        return "(no project frame: " + name(e.getStackTrace().getFrames().get(e.getStackTrace().getFrames().size() - 1)) + ")";
    }

    private static String name(RecordedFrame f) {
        String type = f.getMethod().getType().getName();
        return type.substring(type.lastIndexOf('.') + 1) + "." + f.getMethod().getName() + " (" + type.substring(0, Math.max(0, type.lastIndexOf('.'))) + ")";
    }
}
