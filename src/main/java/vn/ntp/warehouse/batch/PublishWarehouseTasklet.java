package vn.ntp.warehouse.batch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

import vn.ntp.warehouse.lake.LakeLedger;
import vn.ntp.warehouse.warehouse.WarehouseBuilder;

/**
 * Rebuilds the warehouse and its marts from the lake into a new file and swaps it in atomically,
 * unless nothing it is built from changed since the published file was built
 * ({@link WarehouseFingerprint}): then the published file stays as it is.
 */
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
        Path stored = settings.state().resolve(WarehouseFingerprint.FILE_NAME);
        String current = WarehouseFingerprint.of(LakeLedger.read(settings.lake()).committedBatchIds(),
                List.of(settings.sqlDir(), settings.reference(), settings.rules(), settings.jobsDir().resolve("schedule")));
        if (Files.isRegularFile(settings.warehouse())
                && WarehouseFingerprint.stored(stored).filter(current::equals).isPresent()) {
            progress.detail("Lake, SQL, danh mục và quy tắc không đổi từ lần dựng trước: giữ nguyên kho dữ liệu, không dựng lại");
            return RepeatStatus.FINISHED;
        }
        new WarehouseBuilder(settings.home(), settings.sqlDir(), settings.reference(), settings.jobsDir())
                .build(progress::detail);
        WarehouseFingerprint.store(stored, current);
        return RepeatStatus.FINISHED;
    }
}
