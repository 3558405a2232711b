package vn.ntp.warehouse.batch;

import java.nio.file.Path;

import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.context.annotation.Lazy;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

import vn.ntp.warehouse.intake.InboxFile;
import vn.ntp.warehouse.intake.Quarantine;
import vn.ntp.warehouse.lake.LakeCompactor;
import vn.ntp.warehouse.lake.LakeWriter;

/**
 * The nightly load: one job instance per run over the whole inbox (never one per file).
 * intakeStep lists what is new and writes the run's manifest; extractAnnexesStep splits the
 * manifest into partitions ({@code ntp.threads}, one per core by default) and runs
 * extractAnnexesWorker on each in its own thread, reading its files chunk by chunk into the lake
 * (each chunk one committed lake batch, one job-repository commit); compactLakeStep merges the
 * small lake files; publishWarehouseStep rebuilds the warehouse and marts into a new file and
 * swaps it in (or keeps it when nothing changed); reportStep writes the run report. A restarted
 * run re-lists the inbox against the lake ledger, so it continues where the killed one stopped.
 *
 * <p>The workers only need the manifest, the lake and the reference files: with Spring Batch's
 * remote partitioning (a MessageChannelPartitionHandler instead of the TaskExecutorPartitionHandler
 * used here) the same worker step runs on other machines that share the storage.
 */
@Configuration
public class AnnexLoadJobConfiguration {

    @Bean
    public Job annexLoadJob(JobRepository jobRepository, Step intakeStep, Step extractAnnexesStep, Step compactLakeStep,
                            Step publishWarehouseStep, Step reportStep, RunProgress progress) {
        return new JobBuilder("annexLoadJob", jobRepository)
                .listener(progress)
                .start(intakeStep)
                .next(extractAnnexesStep)
                .next(compactLakeStep)
                .next(publishWarehouseStep)
                .next(reportStep)
                .build();
    }

    @Bean
    public Step intakeStep(JobRepository jobRepository, PlatformTransactionManager tx, IntakeTasklet intake, RunProgress progress) {
        return taskletStep("intakeStep", jobRepository, intake, tx, progress);
    }

    /** The manager: one partition per share of the manifest, each run by a worker thread. */
    @Bean
    public Step extractAnnexesStep(JobRepository jobRepository, NtpSettings settings, ManifestPartitioner manifestPartitioner,
                                   Step extractAnnexesWorker, RunProgress progress) {
        return new StepBuilder("extractAnnexesStep", jobRepository)
                .partitioner(extractAnnexesWorker.getName(), manifestPartitioner)
                .step(extractAnnexesWorker)
                .gridSize(settings.threads())
                .taskExecutor(extractionThreads(settings))
                .listener(progress)
                .allowStartIfComplete(true)
                .build();
    }

    /**
     * A worker: its partition's files, read sequentially chunk by chunk, so memory is bounded by
     * the chunk size times the number of partitions, whatever the number of files. Started again
     * on every restart: its reader skips what the ledger already holds.
     */
    @Bean
    public Step extractAnnexesWorker(JobRepository jobRepository, PlatformTransactionManager tx, NtpSettings settings,
                                     ManifestItemReader annexReader, ItemProcessor<InboxFile, ExtractedFile> annexProcessor,
                                     LakeChunkWriter lakeChunkWriter) {
        return new StepBuilder("extractAnnexesWorker", jobRepository)
                .<InboxFile, ExtractedFile>chunk(settings.chunkSize())
                .transactionManager(tx)
                .reader(annexReader)
                .processor(annexProcessor)
                .writer(lakeChunkWriter)
                .allowStartIfComplete(true)
                .build();
    }

    @Bean
    public Step compactLakeStep(JobRepository jobRepository, PlatformTransactionManager tx, CompactLakeTasklet compact,
                                RunProgress progress) {
        return taskletStep("compactLakeStep", jobRepository, compact, tx, progress);
    }

    @Bean
    public Step publishWarehouseStep(JobRepository jobRepository, PlatformTransactionManager tx,
                                     PublishWarehouseTasklet publish, RunProgress progress) {
        return taskletStep("publishWarehouseStep", jobRepository, publish, tx, progress);
    }

    @Bean
    public Step reportStep(JobRepository jobRepository, PlatformTransactionManager tx, ReportTasklet report,
                           RunProgress progress) {
        return taskletStep("reportStep", jobRepository, report, tx, progress);
    }

    /**
     * The lake's compaction: a partition of more than {@code ntp.lake.max-files-per-partition} files (default 4) is
     * merged; files of {@code ntp.lake.target-file-size-mb} (default 128) are left alone.
     */
    @Bean
    public LakeCompactor lakeCompactor(NtpSettings settings,
                                       @Value("${ntp.lake.max-files-per-partition:4}") int maxFilesPerPartition,
                                       @Value("${ntp.lake.target-file-size-mb:128}") int targetFileSizeMb) {
        return new LakeCompactor(settings.lake(), maxFilesPerPartition, targetFileSizeMb * 1024L * 1024L);
    }

    /** A step of one tasklet: run again on every restart, its progress reported. */
    private static Step taskletStep(String name, JobRepository jobRepository, Tasklet tasklet,
                                    PlatformTransactionManager tx, RunProgress progress) {
        return new StepBuilder(name, jobRepository)
                .tasklet(tasklet, tx)
                .allowStartIfComplete(true)
                .listener(progress)
                .build();
    }

    /**
     * One thread per partition, started by the partition handler and ended with it. Not a bean: an
     * Executor bean would replace Spring Boot's task executor (and Quartz's threads) with this one.
     */
    private static SimpleAsyncTaskExecutor extractionThreads(NtpSettings settings) {
        SimpleAsyncTaskExecutor threads = new SimpleAsyncTaskExecutor("extract-");
        threads.setConcurrencyLimit(settings.threads());
        threads.setDaemon(true);
        return threads;
    }

    @Bean
    @JobScope
    public ManifestPartitioner manifestPartitioner(NtpSettings settings, @Value("#{jobParameters['runId']}") String runId) {
        return new ManifestPartitioner(IntakeTasklet.manifestOf(settings, runId));
    }

    @Bean
    @StepScope
    public ManifestItemReader annexReader(NtpSettings settings,
                                          @Value("#{stepExecutionContext['manifest']}") String manifest,
                                          @Value("#{stepExecutionContext['partition']}") Integer partition) {
        return new ManifestItemReader(Path.of(manifest), partition, settings.lake());
    }

    /** One per partition, like the writer: the reference data is loaded only by a run that has files to read. */
    @Bean
    @StepScope
    public ItemProcessor<InboxFile, ExtractedFile> annexProcessor(ReferenceData reference) {
        return file -> new ExtractedFile(file, file.isDuplicate() ? null
                : reference.extractor().extract(file.path()));
    }

    /** One writer per partition; its batch ids carry the partition's step execution id. */
    @Bean
    @StepScope
    public LakeChunkWriter lakeChunkWriter(NtpSettings settings, ReferenceData reference, RunProgress progress,
                                           @Value("#{jobParameters['runId']}") String runId,
                                           @Value("#{stepExecution.id}") Long stepExecutionId) {
        return new LakeChunkWriter(new LakeWriter(settings.lake()), new Quarantine(settings.quarantine()),
                reference.checks(), runId, runId + "-s" + stepExecutionId, progress);
    }

    @Bean
    @Lazy
    public ReferenceData referenceData(NtpSettings settings) {
        return ReferenceData.load(settings);
    }

    @Bean
    public RunCounters runCounters() {
        return new RunCounters();
    }
}
