package vn.ntp.warehouse.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The nightly case as users run it: {@code ./ntp schedule} keeps one JVM between fires. With a cron
 * firing every {@value #EVERY_SECONDS} s it times, in the same JVM, the first fire (full load), a
 * second with nothing new, and one after the corrected files arrived. The corrections are dropped
 * into the inbox only just after a fire ended and well before the next cron time, so that one fire
 * sees all of them. Times are taken as the console lines arrive.
 */
final class ScheduleBench {
    static final int EVERY_SECONDS = 15;
    private static final String STARTED = "Đã lên lịch";
    private static final String FIRE_START = "Lần chạy theo lịch bắt đầu";
    private static final String FIRE_END = "Lần chạy theo lịch kết thúc";
    private static final long TIMEOUT_MINUTES = 30;

    /** A fire: its time from the start line to the end line, and its steps. */
    record Fire(double seconds, RunLog.Steps steps, String end) {
    }

    /** heap: the heap probe's figures of the schedule's JVM over all its fires (null when not printed). */
    record Result(double startSeconds, Fire first, Fire nothingNew, Fire corrected, java.util.Map<String, Long> heap, int exitCode) {
    }

    private record Line(String text, long nanos, long millis) {
    }

    private final BlockingQueue<Line> lines = new LinkedBlockingQueue<>();

    /** Starts the schedule, waits for the fires, drops the corrections between two of them, stops the schedule. */
    static Result run(Path home, Path inbox, Path log, String javaOpts, Drop corrections) throws IOException, InterruptedException {
        return new ScheduleBench().fires(home, inbox, log, javaOpts, corrections);
    }

    @FunctionalInterface
    interface Drop {
        void run() throws IOException;
    }

    private Result fires(Path home, Path inbox, Path log, String javaOpts, Drop corrections) throws IOException, InterruptedException {
        String cron = "0/" + EVERY_SECONDS + " * * * * ?";
        ProcessBuilder builder = new ProcessBuilder("./ntp", "schedule", "--home", home.toString(), "--inbox", inbox.toString(),
                "--cron", cron).redirectErrorStream(true);
        builder.environment().put("NTP_JAVA_OPTS", javaOpts);
        long start = System.nanoTime();
        Process p = builder.start();
        Thread reader = new Thread(() -> copy(p, log), "schedule-output");
        reader.start();
        try {
            Line scheduled = next(STARTED);
            double startSeconds = (scheduled.nanos - start) / 1e9;
            Fire first = fire();
            Fire nothingNew = fire();
            // drop only when no cron time fell inside the fire that just ended (Quartz would fire it now)
            // and the next one is at least 2 s away: the next fire then sees every corrected file
            while (!quiet(nothingNew)) nothingNew = fire();
            corrections.run();
            Fire corrected = fire();
            int code = stop(p, reader);
            java.util.Map<String, Long> heap = null;
            for (String text : Files.readAllLines(log, StandardCharsets.UTF_8)) {
                if (RunLog.peakHeap(text) != null) heap = RunLog.peakHeap(text);
            }
            return new Result(startSeconds, first, nothingNew, corrected, heap, code);
        } catch (RuntimeException | InterruptedException | IOException e) {
            p.destroyForcibly();
            throw e;
        }
    }

    private long lastStartMillis;
    private long lastEndMillis;

    private boolean quiet(Fire f) {
        long period = EVERY_SECONDS * 1000L;
        boolean dueDuring = lastStartMillis / period != lastEndMillis / period;
        long toNext = period - System.currentTimeMillis() % period;
        return !dueDuring && toNext >= 2_000;
    }

    private Fire fire() throws InterruptedException {
        Line start = next(FIRE_START);
        List<String> during = new ArrayList<>();
        Line line;
        while (!(line = take()).text.startsWith(FIRE_END)) during.add(line.text);
        lastStartMillis = start.millis;
        lastEndMillis = line.millis;
        return new Fire((line.nanos - start.nanos) / 1e9, RunLog.steps(during), line.text);
    }

    private Line next(String prefix) throws InterruptedException {
        Line line;
        while (!(line = take()).text.startsWith(prefix)) {
            // skip
        }
        return line;
    }

    private Line take() throws InterruptedException {
        Line line = lines.poll(TIMEOUT_MINUTES, TimeUnit.MINUTES);
        if (line == null) throw new IllegalStateException("./ntp schedule printed nothing for " + TIMEOUT_MINUTES + " minutes");
        if (line.text == null) throw new IllegalStateException("./ntp schedule ended before its fires (see its log)");
        return line;
    }

    private void copy(Process p, Path log) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
             PrintWriter out = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8), true)) {
            String text;
            while ((text = r.readLine()) != null) {
                lines.add(new Line(text, System.nanoTime(), System.currentTimeMillis()));
                out.println(text);
            }
        } catch (IOException e) {
            // the process was stopped: what was read is in the log
        } finally {
            lines.add(new Line(null, System.nanoTime(), System.currentTimeMillis()));
        }
    }

    /** Ctrl+C as an operator stops it (SIGTERM: the shutdown hook closes Spring and Quartz). */
    private static int stop(Process p, Thread reader) throws InterruptedException {
        p.toHandle().destroy(); // Process.destroy would also close the pipe, losing what the shutdown hooks print

        if (!p.waitFor(60, TimeUnit.SECONDS)) p.destroyForcibly();
        reader.join(10_000);
        return p.waitFor();
    }

    static String describe(Fire f) {
        return String.format(Locale.ROOT, "%.2f s (steps: %sother %.1f s)", f.seconds, f.steps.text(), f.seconds - f.steps.seconds());
    }
}
