package vn.ntp.warehouse.pipeline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code ntp run} in a child JVM, to be killed midway: its progress lines are read until a marker. */
final class ChildRun {

    private ChildRun() {
    }

    static Process start(Path home, Path inbox, int chunkSize) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), "vn.ntp.warehouse.cli.Ntp",
                "run", "--home", home.toString(), "--inbox", inbox.toString(), "--ntp.chunk-size=" + chunkSize));
        return new ProcessBuilder(cmd).redirectErrorStream(true).start();
    }

    /** Lines until one contains the marker. */
    static List<String> readUntil(Process p, String marker) throws IOException {
        List<String> lines = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null) {
            lines.add(line);
            if (line.contains(marker)) break;
        }
        return lines;
    }
}
