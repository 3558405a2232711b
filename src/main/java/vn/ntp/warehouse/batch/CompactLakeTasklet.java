package vn.ntp.warehouse.batch;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.ntp.warehouse.lake.LakeCompactor;
import vn.ntp.warehouse.lake.LakeLedger;

/**
 * Merges the small Parquet files the extraction chunks left in each lake partition
 * ({@code ntp.lake.max-files-per-partition}, default 4; files of {@code ntp.lake.target-file-size-mb},
 * default 128, are left alone). See {@link LakeCompactor} for the crash-safe protocol.
 */
@Component
public class CompactLakeTasklet implements Tasklet {
    private final NtpSettings settings;
    private final RunProgress progress;
    private final RunCounters counters;
    private final int maxFilesPerPartition;
    private final long targetFileBytes;

    public CompactLakeTasklet(NtpSettings settings, RunProgress progress, RunCounters counters,
                              @Value("${ntp.lake.max-files-per-partition:4}") int maxFilesPerPartition,
                              @Value("${ntp.lake.target-file-size-mb:128}") int targetFileSizeMb) {
        this.settings = settings;
        this.progress = progress;
        this.counters = counters;
        this.maxFilesPerPartition = maxFilesPerPartition;
        this.targetFileBytes = targetFileSizeMb * 1024L * 1024L;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        String runId = chunkContext.getStepContext().getJobParameters().get("runId").toString();
        new LakeCompactor(settings.lake(), maxFilesPerPartition, targetFileBytes).compact(runId,
                () -> LakeLedger.read(settings.lake()).committedBatchIds(), merge -> {
            counters.compactedPartitions.incrementAndGet();
            progress.detail("gộp " + merge.sourceFiles() + " tệp → " + merge.dataset() + "/" + merge.partition() + "/"
                    + merge.target().getFileName() + " (" + merge.rows() + " dòng)");
        });
        return RepeatStatus.FINISHED;
    }
}
