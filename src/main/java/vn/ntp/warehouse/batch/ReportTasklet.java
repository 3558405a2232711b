package vn.ntp.warehouse.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.ntp.warehouse.warehouse.ReadOnlyWarehouse;
import vn.ntp.warehouse.extract.ExtractedAnnex;
import vn.ntp.warehouse.report.FeedbackWorkbook;
import vn.ntp.warehouse.report.ReportQueries;
import vn.ntp.warehouse.report.RunReport;
import vn.ntp.warehouse.warehouse.WarehouseBuilder;

/**
 * Writes, for each file of this run that has a finding or was rejected, the sender's feedback workbook
 * (the one {@code ./ntp validate} writes: the sender's own workbook with the problem cells coloured and
 * commented) into {@code reports/feedback/<run>/}, then {@code reports/run-<id>.html}, which links them.
 */
@Component
public class ReportTasklet implements Tasklet {
    private static final Logger log = LoggerFactory.getLogger(ReportTasklet.class);

    private final NtpSettings settings;
    private final RunProgress progress;
    private final ObjectProvider<ReferenceData> reference;
    private final boolean feedbackWorkbooks;

    /** {@code ntp.feedback-workbooks=false} leaves the feedback workbooks out (a .xlsx is streamed: a few ms each; a .xls goes through POI). */
    public ReportTasklet(NtpSettings settings, RunProgress progress, ObjectProvider<ReferenceData> reference,
                         @Value("${ntp.feedback-workbooks:true}") boolean feedbackWorkbooks) {
        this.settings = settings;
        this.progress = progress;
        this.reference = reference;
        this.feedbackWorkbooks = feedbackWorkbooks;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        Map<String, Object> params = chunkContext.getStepContext().getJobParameters();
        String runId = params.get("runId").toString();
        Path inbox = params.get("inbox") == null ? settings.inbox() : Path.of(params.get("inbox").toString());
        int written = feedbackWorkbooks ? writeFeedback(runId, inbox) : 0;
        if (written > 0) {
            progress.detail(written + " tệp phản hồi cho đơn vị gửi: " + RunReport.feedbackDir(settings.reports(), runId));
        }
        var path = new RunReport(settings.warehouse(), settings.reports(), settings.sqlDir(), settings.jobsDir())
                .write(runId, progress.stageTimes());
        progress.detail("Báo cáo: " + path);
        return RepeatStatus.FINISHED;
    }

    /** Reads each such file again exactly as validate does (sheet findings) and writes its feedback workbook. */
    private int writeFeedback(String runId, Path inbox) throws SQLException {
        if (!Files.exists(settings.warehouse())) return 0;
        List<Map<String, Object>> files;
        try (Connection c = ReadOnlyWarehouse.open(settings.warehouse())) {
            files = new ReportQueries(settings.sqlDir()).rows(c, "report_feedback_files", runId);
        }
        if (files.isEmpty()) return 0;
        ReferenceData data = reference.getObject();
        FeedbackWorkbook feedback = new FeedbackWorkbook(data.checks());
        Path dir = RunReport.feedbackDir(settings.reports(), runId);
        AtomicInteger written = new AtomicInteger();
        // one file per task, on as many threads as extraction uses (the extractor is shared by the extraction workers too)
        ForkJoinPool pool = new ForkJoinPool(settings.threads());
        try {
            pool.submit(() -> files.parallelStream().forEach(row -> {
                String sourceFile = row.get("source_file").toString();
                Path source = inbox.resolve(sourceFile);
                if (!Files.isRegularFile(source)) return; // moved away since: the report lists it without a link
                try {
                    ExtractedAnnex annex = data.extractor().extract(source);
                    Path parent = Path.of(sourceFile).getParent();
                    feedback.write(source, annex, parent == null ? dir : dir.resolve(parent.toString()));
                    written.incrementAndGet();
                } catch (IOException | RuntimeException e) {
                    log.warn("Feedback workbook of {} not written", source, e);
                }
            })).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            log.warn("Feedback workbooks not all written", e);
        } finally {
            pool.shutdown();
        }
        return written.get();
    }
}
