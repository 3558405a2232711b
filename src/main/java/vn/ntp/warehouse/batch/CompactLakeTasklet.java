package vn.ntp.warehouse.batch;

import java.nio.file.Path;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

import vn.ntp.warehouse.lake.LakeCompactor;
import vn.ntp.warehouse.lake.LakeLedger;

/**
 * Merges the small Parquet files the extraction chunks left in each lake partition (the compactor is
 * {@link AnnexLoadJobConfiguration#lakeCompactor}). See {@link LakeCompactor} for the crash-safe protocol.
 */
@Component
public class CompactLakeTasklet implements Tasklet {
    private final Path lake;
    private final LakeCompactor compactor;
    private final RunProgress progress;
    private final RunCounters counters;

    public CompactLakeTasklet(NtpSettings settings, LakeCompactor compactor, RunProgress progress, RunCounters counters) {
        this.lake = settings.lake();
        this.compactor = compactor;
        this.progress = progress;
        this.counters = counters;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        String runId = chunkContext.getStepContext().getJobParameters().get("runId").toString();
        compactor.compact(runId, () -> LakeLedger.read(lake).committedBatchIds(), merge -> {
            counters.compactedPartitions.incrementAndGet();
            progress.detail("gộp " + merge.sourceFiles() + " tệp → " + merge.dataset() + "/" + merge.partition() + "/"
                    + merge.target().getFileName() + " (" + merge.rows() + " dòng)");
        });
        return RepeatStatus.FINISHED;
    }
}
