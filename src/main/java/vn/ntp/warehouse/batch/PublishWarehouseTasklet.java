package vn.ntp.warehouse.batch;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

import vn.ntp.warehouse.warehouse.WarehouseBuilder;

/**
 * Publishes the warehouse in proportion to what changed since the published file was built
 * ({@link WarehouseBuilder#publish}): kept as it is, rebuilt for the changed lake partitions only,
 * or rebuilt in full when the SQL, reference data, rules or schedule changed.
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
        WarehouseBuilder.Publication publication =
                new WarehouseBuilder(settings.home(), settings.sqlDir(), settings.reference(), settings.jobsDir())
                        .publish(progress::detail);
        switch (publication.outcome()) {
            case UNCHANGED -> progress.detail("Kho tệp gốc, SQL, danh mục và quy tắc không đổi từ lần dựng trước: giữ nguyên kho dữ liệu, không dựng lại");
            case INCREMENTAL -> progress.detail("Chỉ dựng lại " + publication.rebuilt().size() + " phân vùng (chương trình × năm) có dữ liệu mới");
            case FULL -> progress.detail("Dựng lại toàn bộ kho dữ liệu");
        }
        return RepeatStatus.FINISHED;
    }
}
