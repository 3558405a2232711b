package vn.ntp.warehouse.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.ntp.warehouse.cli.PeakHeap;

/** What the bench reads in the console lines of a run: its step times and the heap probe's line. */
final class RunLog {
    private static final Pattern STEP = Pattern.compile("^\\[(\\d)/\\d\\] (.*?)( \\.\\.\\.)?$");
    private static final Pattern DONE = Pattern.compile("xong trong ([0-9.,]+) giây");

    private RunLog() {
    }

    /** The steps' "[n/5] ... xong trong X giây" lines as "name X s, ..." and the sum of their times. */
    record Steps(String text, double seconds) {
    }

    static Steps steps(List<String> lines) {
        StringBuilder steps = new StringBuilder();
        String step = null;
        double sum = 0;
        for (String line : lines) {
            Matcher m = STEP.matcher(line);
            if (m.find()) step = m.group(2).strip();
            Matcher d = DONE.matcher(line);
            if (step != null && d.find()) {
                double t = Double.parseDouble(d.group(1).replace(',', '.'));
                sum += t;
                steps.append(String.format(Locale.ROOT, "%s %.1f s, ", step, t));
                step = null;
            }
        }
        return new Steps(steps.toString(), sum);
    }

    /** A console line and when the bench read it. */
    record Stamped(String text, java.time.Instant at) {
    }

    /** When each step ran: from its "[n/5]" line to its "xong trong" line. */
    static List<JfrProfile.Window> windows(List<Stamped> lines) {
        List<JfrProfile.Window> windows = new java.util.ArrayList<>();
        String step = null;
        java.time.Instant from = null;
        for (Stamped line : lines) {
            Matcher m = STEP.matcher(line.text());
            if (m.find()) {
                step = line.text().replace(" ...", "").strip();
                from = line.at();
            }
            if (step != null && DONE.matcher(line.text()).find()) {
                windows.add(new JfrProfile.Window(step, from, line.at()));
                step = null;
            }
        }
        return windows;
    }

    /** The heap probe's figures (pools, live, max in bytes), or null when the line is not its line. */
    static Map<String, Long> peakHeap(String line) {
        if (!line.startsWith(PeakHeap.PREFIX)) return null;
        Map<String, Long> v = new LinkedHashMap<>();
        for (String part : line.substring(PeakHeap.PREFIX.length()).trim().split(" ")) {
            String[] kv = part.split("=");
            v.put(kv[0], Long.parseLong(kv[1]));
        }
        return v;
    }
}
