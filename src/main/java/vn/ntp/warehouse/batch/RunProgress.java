package vn.ntp.warehouse.batch;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * One progress line per stage on the console (Vietnamese for the operator), a line per chunk
 * while files are read, and the time each stage took for the run report.
 */
@Component
public class RunProgress implements JobExecutionListener, StepExecutionListener {
    private static final Map<String, String> STAGES = Map.of(
            "intakeStep", "[1/4] Tiếp nhận hộp thư (intake)",
            "extractAnnexesStep", "[2/4] Đọc biểu, kiểm tra, ghi lake (extract → validate → lake)",
            "publishWarehouseStep", "[3/4] Dựng kho dữ liệu và bảng tổng hợp (warehouse → marts)",
            "reportStep", "[4/4] Báo cáo (reports)");

    private final RunCounters counters;
    private final PrintStream out = System.out;
    private final Map<String, Duration> stageTimes = new LinkedHashMap<>();
    private Instant stepStart;

    public RunProgress(RunCounters counters) {
        this.counters = counters;
    }

    @Override
    public void beforeJob(JobExecution jobExecution) {
        stageTimes.clear();
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        stepStart = Instant.now();
        out.println(STAGES.getOrDefault(stepExecution.getStepName(), stepExecution.getStepName()) + " ...");
    }

    @Override
    public org.springframework.batch.core.ExitStatus afterStep(StepExecution stepExecution) {
        Duration took = Duration.between(stepStart, Instant.now());
        stageTimes.put(stepExecution.getStepName(), took);
        String detail = switch (stepExecution.getStepName()) {
            case "intakeStep" -> counters.pending.get() + " tệp mới cần đọc";
            case "extractAnnexesStep" -> counters.done() + " tệp đã xử lý";
            default -> "";
        };
        out.printf("      xong trong %.1f s%s%n", took.toMillis() / 1000.0, detail.isEmpty() ? "" : " — " + detail);
        return stepExecution.getExitStatus();
    }

    /** After a chunk's lake batch is committed. */
    public void chunkCommitted() {
        out.printf("      %d/%d tệp (%d dòng số liệu, %d phát hiện)%n", counters.done(), counters.pending.get(),
                counters.rows.get(), counters.findings.get());
    }

    /** A detail line inside a stage. */
    public void detail(String line) {
        out.println("      " + line);
    }

    public Map<String, Duration> stageTimes() {
        return Map.copyOf(stageTimes);
    }
}
