package vn.ntp.warehouse.batch;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

import vn.ntp.warehouse.report.RunReport;

/** Writes {@code reports/run-<id>.html} from the warehouse just published. */
@Component
public class ReportTasklet implements Tasklet {
    private final NtpSettings settings;
    private final RunProgress progress;

    public ReportTasklet(NtpSettings settings, RunProgress progress) {
        this.settings = settings;
        this.progress = progress;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        String runId = chunkContext.getStepContext().getJobParameters().get("runId").toString();
        var path = new RunReport(settings.warehouse(), settings.reports()).write(runId, progress.stageTimes());
        progress.detail("Báo cáo: " + path);
        return RepeatStatus.FINISHED;
    }
}
