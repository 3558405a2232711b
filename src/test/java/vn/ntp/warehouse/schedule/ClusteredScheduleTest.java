package vn.ntp.warehouse.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.ntp.warehouse.pipeline.PipelineAccess;
import vn.ntp.warehouse.pipeline.ThrowAwayPostgres;

/**
 * Two real {@code ntp schedule} processes (child JVMs) share one schedule through Quartz's clustered JDBC
 * store and one Spring Batch job repository on PostgreSQL (profile {@code cluster}). The one fire of the day
 * runs on one node; that node is killed with SIGKILL after its first chunk is committed; the other node
 * recovers the fire (Quartz {@code requestsRecovery}) and its run continues the killed job execution. The
 * runs never overlap, and the warehouse equals that of a single clean run.
 */
class ClusteredScheduleTest {
    private static final int COMMUNES = 30;
    private static final Duration FIRE_DELAY = Duration.ofSeconds(45);

    @TempDir
    Path tmp;

    private final List<Node> nodes = new ArrayList<>();

    @AfterEach
    void stopNodes() throws InterruptedException {
        for (Node node : nodes) node.process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    @Test
    void aKilledNodesFireIsRecoveredByTheOtherNodeAndEndsAsACleanRun() throws Exception {
        ThrowAwayPostgres db = ThrowAwayPostgres.freshDatabase();
        Path inbox = tmp.resolve("inbox");
        Files.createDirectories(inbox);
        PipelineAccess.writeCommuneInbox(inbox, COMMUNES);
        Path home = tmp.resolve("home");

        // one fire, at a second of the day far enough ahead for both nodes to start
        LocalTime fire = LocalTime.now().plus(FIRE_DELAY);
        String cron = fire.getSecond() + " " + fire.getMinute() + " " + fire.getHour() + " * * ?";
        Node first = start("node-1", db, home, inbox, cron);
        first.await("Đã lên lịch", Duration.ofSeconds(60));
        Node second = start("node-2", db, home, inbox, cron);
        second.await("Đã lên lịch", Duration.ofSeconds(60));
        assertThat(LocalTime.now()).as("both nodes were up before the fire time").isBefore(fire);

        Node running = awaitEither("Lần chạy theo lịch bắt đầu", Duration.ofSeconds(120));
        Node survivor = running == first ? second : first;
        running.await("tệp (", Duration.ofSeconds(120));
        running.process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertThat(running.lines).as("killed during its run").noneMatch(l -> l.startsWith("Lần chạy theo lịch kết thúc"));

        survivor.await("Lần chạy theo lịch kết thúc", Duration.ofSeconds(240));
        assertThat(survivor.lines)
                .as("the survivor recovered the dead node's fire and continued its job execution")
                .anyMatch(l -> l.startsWith("Chạy lại lần chạy theo lịch lúc") && l.endsWith("của một máy đã dừng giữa chừng"))
                .anyMatch(l -> l.startsWith("Tiếp tục lần chạy chưa xong"))
                .anyMatch(l -> l.startsWith("Lần chạy theo lịch kết thúc lúc") && l.contains(": hoàn tất"));
        assertThat(survivor.lines).filteredOn(l -> l.startsWith("Lần chạy theo lịch bắt đầu"))
                .as("the survivor ran the recovered fire only").hasSize(1);

        // one job instance: the killed execution (recovered as failed), then the one that completed it
        List<Map<String, Object>> executions = db.query(
                "select status, start_time, end_time from batch_job_execution order by job_execution_id");
        assertThat(db.column("select count(*) from batch_job_instance")).containsExactly("1");
        assertThat(executions).extracting(e -> e.get("status")).containsExactly("FAILED", "COMPLETED");
        Instant killedEnd = ((Timestamp) executions.get(0).get("end_time")).toInstant();
        Instant resumedStart = ((Timestamp) executions.get(1).get("start_time")).toInstant();
        assertThat(resumedStart).as("no two runs at the same time").isAfterOrEqualTo(killedEnd);
        assertThat(db.column("select count(*) from qrtz_fired_triggers")).as("no fire left running").containsExactly("0");

        Path clean = tmp.resolve("clean");
        assertThat(PipelineAccess.run(clean, inbox)).isZero();
        PipelineAccess.assertSameWarehouse(home, clean, COMMUNES);
    }

    private Node start(String name, ThrowAwayPostgres db, Path home, Path inbox, String cron) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), "vn.ntp.warehouse.cli.Ntp",
                "schedule", "--home", home.toString(), "--inbox", inbox.toString(), "--cron", cron,
                "--ntp.chunk-size=2", "--spring.profiles.active=cluster",
                "--spring.quartz.properties.org.quartz.scheduler.instanceId=" + name));
        cmd.addAll(db.springArgs());
        Node node = new Node(name, new ProcessBuilder(cmd).redirectErrorStream(true).start());
        nodes.add(node);
        return node;
    }

    private Node awaitEither(String prefix, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            for (Node node : nodes) if (node.has(prefix)) return node;
            Thread.sleep(100);
        }
        throw new AssertionError("no node printed \"" + prefix + "\": " + nodes);
    }

    /** A child JVM and the lines it printed, collected by a reader thread. */
    private static final class Node {
        final String name;
        final Process process;
        final List<String> lines = new CopyOnWriteArrayList<>();

        Node(String name, Process process) {
            this.name = name;
            this.process = process;
            Thread reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = r.readLine()) != null) lines.add(line);
                } catch (java.io.IOException ended) {
                    // the process was killed
                }
            }, name + "-output");
            reader.setDaemon(true);
            reader.start();
        }

        boolean has(String fragment) {
            return lines.stream().anyMatch(l -> l.contains(fragment));
        }

        void await(String fragment, Duration timeout) throws InterruptedException {
            Instant deadline = Instant.now().plus(timeout);
            while (!has(fragment)) {
                if (!process.isAlive() && !has(fragment)) throw new AssertionError(name + " ended: " + lines);
                if (Instant.now().isAfter(deadline)) throw new AssertionError(name + " did not print \"" + fragment + "\": " + lines);
                Thread.sleep(100);
            }
        }

        @Override
        public String toString() {
            return name + lines;
        }
    }
}
