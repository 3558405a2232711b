package vn.ntp.warehouse.batch;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.BatchStatus;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * One progress line per stage on the console (Vietnamese for the operator), a line per chunk
 * while files are read, and the time each stage took for the run report. Stage lines come from
 * the job's own thread; chunk lines from the extraction workers, one at a time, each counting
 * only chunks whose lake batch is committed.
 */
@Component
public class RunProgress implements JobExecutionListener, StepExecutionListener {
    private static final Map<String, String> STAGES = Map.of(
            "intakeStep", "[1/5] Tiếp nhận hộp thư",
            "extractAnnexesStep", "[2/5] Đọc biểu, kiểm tra số liệu, ghi vào kho tệp gốc",
            "compactLakeStep", "[3/5] Gộp các tệp nhỏ của kho tệp gốc",
            "publishWarehouseStep", "[4/5] Dựng kho dữ liệu và các bảng tổng hợp",
            "reportStep", "[5/5] Viết báo cáo lần chạy");

    /** The Vietnamese name of a step (the partition workers share their step's name); never the raw bean name. */
    public static String stageName(String step) {
        String key = step.contains(":") ? step.substring(0, step.indexOf(':')) : step;
        String name = STAGES.get(key.replace("Worker", "Step"));
        return name == null ? "Bước khác" : name.substring(name.indexOf(']') + 2);
    }

    private final RunCounters counters;
    private final PrintStream out = System.out;
    private final Map<String, Duration> stageTimes = new LinkedHashMap<>();
    private Instant stepStart;
    private final List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();

    public RunProgress(RunCounters counters) {
        this.counters = counters;
    }

    @Override
    public void beforeJob(JobExecution jobExecution) {
        stageTimes.clear();
        failures.clear();
    }

    @Override
    public void afterJob(JobExecution jobExecution) {
        failures.addAll(jobExecution.getAllFailureExceptions());
    }

    /** Why the last job of this process failed (empty when it completed): for the one sentence the terminal shows. */
    public List<Throwable> failures() {
        return List.copyOf(failures);
    }

    /** A job's or step's outcome as the operator reads it. */
    public static String statusVi(BatchStatus status) {
        if (status == null) return "không rõ";
        return switch (status) {
            case COMPLETED -> "hoàn tất";
            case STARTING, STARTED -> "đang chạy";
            case STOPPING -> "đang dừng";
            case STOPPED -> "đã dừng";
            case FAILED -> "thất bại";
            case ABANDONED -> "đã bỏ";
            case UNKNOWN -> "không rõ";
        };
    }

    /** {@code dd/MM/yyyy HH:mm}, Vietnam time: every time a person reads. */
    public static String time(Instant instant) {
        return instant == null ? "-" : TIME.format(instant.atZone(VIETNAM));
    }

    /** Decimal comma, as Vietnamese writes numbers. */
    public static final java.util.Locale VI = java.util.Locale.forLanguageTag("vi-VN");
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    @Override
    public void beforeStep(StepExecution stepExecution) {
        stepStart = Instant.now();
        out.println(STAGES.getOrDefault(stepExecution.getStepName(), stageName(stepExecution.getStepName())) + " ...");
    }

    @Override
    public org.springframework.batch.core.ExitStatus afterStep(StepExecution stepExecution) {
        Duration took = Duration.between(stepStart, Instant.now());
        stageTimes.put(stepExecution.getStepName(), took);
        String detail = switch (stepExecution.getStepName()) {
            case "intakeStep" -> counters.pending.get() + " tệp mới cần đọc; " + counters.unchanged.get()
                    + " tệp đã nạp trước đây, không đọc lại";
            case "extractAnnexesStep" -> counters.done() + " tệp đã xử lý, " + counters.rows.get() + " số liệu đọc từ các ô";
            case "compactLakeStep" -> counters.compactedPartitions.get() + " phân vùng đã gộp";
            default -> "";
        };
        out.printf(VI, "      xong trong %.1f giây%s%n", took.toMillis() / 1000.0, detail.isEmpty() ? "" : " — " + detail);
        return stepExecution.getExitStatus();
    }

    /** After a chunk's lake batch is committed: counts it and prints the totals so far, one worker at a time. */
    public synchronized void chunkCommitted(RunCounters.ChunkTally tally) {
        counters.add(tally);
        out.printf("      %d/%d tệp (%d số liệu, %d phát hiện)%n", counters.done(), counters.pending.get(),
                counters.rows.get(), counters.findings.get());
    }

    /** A detail line inside a stage. */
    public synchronized void detail(String line) {
        out.println("      " + line);
    }

    /** Stage times in the order the stages ran. */
    public Map<String, Duration> stageTimes() {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(stageTimes));
    }
}
