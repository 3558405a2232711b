package vn.ntp.warehouse.batch;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

import vn.ntp.warehouse.warehouse.WarehouseBuilder;

/** Rebuilds the warehouse and its marts from the lake into a new file and swaps it in atomically. */
@Component
public class PublishWarehouseTasklet implements Tasklet {
    private final NtpSettings settings;
    private final RunProgress progress;

    public PublishWarehouseTasklet(NtpSettings settings, RunProgress progress) {
        this.settings = settings;
        this.progress = progress;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        new WarehouseBuilder(settings.home(), settings.sqlDir(), settings.reference(), settings.jobsDir())
                .build(progress::detail);
        return RepeatStatus.FINISHED;
    }
}
