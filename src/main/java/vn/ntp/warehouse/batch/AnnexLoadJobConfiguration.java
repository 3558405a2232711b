package vn.ntp.warehouse.batch;

import java.util.List;

import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.support.IteratorItemReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import vn.ntp.warehouse.extract.ExtractionContext;
import vn.ntp.warehouse.intake.InboxFile;
import vn.ntp.warehouse.intake.Quarantine;
import vn.ntp.warehouse.lake.LakeWriter;

/**
 * The nightly load: one job instance per run over the whole inbox (never one per file).
 * intakeStep lists what is new; extractAnnexesStep reads the files chunk by chunk into the lake
 * (each chunk one committed lake batch); publishWarehouseStep rebuilds the warehouse and marts
 * into a new file and swaps it in; reportStep writes the run report. A restarted run re-lists the
 * inbox against the lake ledger, so it continues where the killed one stopped.
 */
@Configuration
public class AnnexLoadJobConfiguration {

    @Bean
    public Job annexLoadJob(JobRepository jobRepository, Step intakeStep, Step extractAnnexesStep,
                            Step publishWarehouseStep, Step reportStep, RunProgress progress) {
        return new JobBuilder("annexLoadJob", jobRepository)
                .listener(progress)
                .start(intakeStep)
                .next(extractAnnexesStep)
                .next(publishWarehouseStep)
                .next(reportStep)
                .build();
    }

    @Bean
    public Step intakeStep(JobRepository jobRepository, PlatformTransactionManager tx, IntakeTasklet intake, RunProgress progress) {
        return new StepBuilder("intakeStep", jobRepository)
                .tasklet(intake, tx)
                .allowStartIfComplete(true)
                .listener(progress)
                .build();
    }

    @Bean
    public Step extractAnnexesStep(JobRepository jobRepository, PlatformTransactionManager tx, NtpSettings settings,
                                   IteratorItemReader<InboxFile> pendingFiles, ItemProcessor<InboxFile, ExtractedFile> annexProcessor,
                                   LakeChunkWriter lakeChunkWriter, RunProgress progress) {
        return new StepBuilder("extractAnnexesStep", jobRepository)
                .<InboxFile, ExtractedFile>chunk(settings.chunkSize())
                .transactionManager(tx)
                .reader(pendingFiles)
                .processor(annexProcessor)
                .writer(lakeChunkWriter)
                .taskExecutor(extractionThreads(settings))
                .listener(progress)
                .allowStartIfComplete(true)
                .build();
    }

    @Bean
    public Step publishWarehouseStep(JobRepository jobRepository, PlatformTransactionManager tx,
                                     PublishWarehouseTasklet publish, RunProgress progress) {
        return new StepBuilder("publishWarehouseStep", jobRepository)
                .tasklet(publish, tx)
                .allowStartIfComplete(true)
                .listener(progress)
                .build();
    }

    @Bean
    public Step reportStep(JobRepository jobRepository, PlatformTransactionManager tx, ReportTasklet report,
                           RunProgress progress) {
        return new StepBuilder("reportStep", jobRepository)
                .tasklet(report, tx)
                .allowStartIfComplete(true)
                .listener(progress)
                .build();
    }

    /**
     * The files of a chunk are extracted concurrently, one per core; the chunk is written once all
     * are done, so memory is bounded by the chunk size whatever the number of files.
     */
    private static org.springframework.core.task.AsyncTaskExecutor extractionThreads(NtpSettings settings) {
        org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor pool =
                new org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor();
        pool.setCorePoolSize(settings.threads());
        pool.setMaxPoolSize(settings.threads());
        pool.setThreadNamePrefix("extract-");
        pool.setDaemon(true);
        pool.initialize();
        return pool;
    }

    @Bean
    @StepScope
    public IteratorItemReader<InboxFile> pendingFiles(IntakeTasklet intake) {
        List<InboxFile> pending = intake.pending();
        return new IteratorItemReader<>(pending);
    }

    @Bean
    public ItemProcessor<InboxFile, ExtractedFile> annexProcessor(ReferenceData reference) {
        return file -> new ExtractedFile(file, file.isDuplicate() ? null
                : reference.extractor().extract(file.path(), new ExtractionContext(file.submissionId(), file.sourceFile())));
    }

    @Bean
    @JobScope
    public LakeChunkWriter lakeChunkWriter(NtpSettings settings, ReferenceData reference, RunCounters counters,
                                           RunProgress progress,
                                           @Value("#{jobParameters['runId']}") String runId,
                                           @Value("#{jobExecution.id}") Long executionId) {
        return new LakeChunkWriter(new LakeWriter(settings.lake()), new Quarantine(settings.quarantine()),
                reference.checks(), runId, runId + "-e" + executionId, counters, progress);
    }

    @Bean
    public ReferenceData referenceData(NtpSettings settings) {
        return ReferenceData.load(settings);
    }

    @Bean
    public RunCounters runCounters() {
        return new RunCounters();
    }
}
