package vn.ntp.warehouse.batch;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Tells a run that stopped because the disk filled up (ENOSPC, whoever hit it: the lake writer, DuckDB,
 * the job repository) from other failures, with the message the operator reads. Nothing needs repairing:
 * the lake commits only whole chunks (what a failed chunk wrote is an orphan the next run deletes), the
 * warehouse is built beside the published file and renamed over it only when complete, and the next run
 * continues the failed one.
 */
public final class DiskFull {
    private DiskFull() {
    }

    /** The message when the run failed on a full disk: its failures or the exit descriptions the repository kept. */
    public static Optional<String> explain(org.springframework.batch.core.job.JobExecution execution, Path home) {
        List<String> texts = new java.util.ArrayList<>();
        texts.add(execution.getExitStatus().getExitDescription());
        for (var step : execution.getStepExecutions()) texts.add(step.getExitStatus().getExitDescription());
        for (Throwable failure : execution.getAllFailureExceptions()) {
            for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) texts.add(t.getMessage());
        }
        return explainTexts(texts, home);
    }

    /** The Vietnamese message when one of these failures (or their causes) is a full disk; empty otherwise. */
    public static Optional<String> explain(List<Throwable> failures, Path home) {
        List<String> texts = new java.util.ArrayList<>();
        for (Throwable failure : failures) {
            for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) texts.add(t.getMessage());
        }
        return explainTexts(texts, home);
    }

    private static Optional<String> explainTexts(List<String> texts, Path home) {
        for (String text : texts) {
            {
                String message = text == null ? "" : text.toLowerCase(Locale.ROOT);
                if (message.contains("no space left on device") || message.contains("disk full")
                        || message.contains("not enough space on the disk") || message.contains("disk quota exceeded")) {
                    return Optional.of("Hết chỗ trên đĩa chứa " + home + ": lần chạy đã dừng khi đang ghi."
                            + " Kho dữ liệu đã công bố (warehouse.duckdb) vẫn nguyên như trước; thư mục lake/ chỉ giữ các phần đã ghi trọn."
                            + " Hãy giải phóng chỗ trống trên đĩa rồi chạy lại ./ntp run để tiếp tục từ chỗ dừng.");
                }
            }
        }
        return Optional.empty();
    }
}
