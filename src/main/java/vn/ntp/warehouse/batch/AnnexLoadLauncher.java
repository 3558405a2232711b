package vn.ntp.warehouse.batch;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Starts a run, or continues the last one when it failed or was killed: a killed execution is
 * still marked as running in the job repository, so it is first recovered (marked failed) and
 * then restarted with its own parameters. Only one run per home folder at a time.
 */
@Component
public class AnnexLoadLauncher {
    private static final Logger log = LoggerFactory.getLogger(AnnexLoadLauncher.class);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job annexLoadJob;
    private final NtpSettings settings;
    private final RunCounters counters;

    public AnnexLoadLauncher(JobOperator jobOperator, JobRepository jobRepository, Job annexLoadJob,
                             NtpSettings settings, RunCounters counters) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.annexLoadJob = annexLoadJob;
        this.settings = settings;
        this.counters = counters;
    }

    /** {@code diskFull}: the sentence for the operator when the run stopped on a full disk ({@link DiskFull}). */
    public record Outcome(boolean ran, BatchStatus status, String runId, RunCounters counters, Optional<String> diskFull) {
        public boolean succeeded() {
            return ran && status == BatchStatus.COMPLETED;
        }
    }

    public Outcome run(Path inbox) throws Exception {
        Optional<RunLock> lock = RunLock.tryAcquire(settings.state());
        if (lock.isEmpty()) {
            System.out.println(RunLock.refused(settings.state()));
            log.warn("Another run holds {}; not starting", settings.state().resolve("run.lock"));
            return new Outcome(false, BatchStatus.ABANDONED, null, counters, Optional.empty());
        }
        try (RunLock held = lock.get()) {
            String inboxText = inbox.toAbsolutePath().normalize().toString();
            Optional<JobExecution> unfinished = unfinishedRun(inboxText);
            JobExecution execution;
            if (unfinished.isPresent()) {
                JobExecution previous = unfinished.get();
                System.out.println("Tiếp tục lần chạy chưa xong " + previous.getJobParameters().getString("runId"));
                if (previous.getStatus().isRunning()) previous = jobOperator.recover(previous);
                execution = jobOperator.restart(previous);
            } else {
                JobParameters params = new JobParametersBuilder()
                        .addString("runId", LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")))
                        .addString("inbox", inboxText)
                        .toJobParameters();
                execution = jobOperator.start(annexLoadJob, params);
            }
            return new Outcome(true, execution.getStatus(), execution.getJobParameters().getString("runId"), counters,
                    DiskFull.explain(execution, settings.home()));
        }
    }

    /** The last run over this inbox, when it did not complete (failed, stopped or killed). */
    private Optional<JobExecution> unfinishedRun(String inbox) {
        JobInstance last = jobRepository.getLastJobInstance(annexLoadJob.getName());
        if (last == null) return Optional.empty();
        JobExecution execution = jobRepository.getLastJobExecution(last);
        if (execution == null || execution.getStatus() == BatchStatus.COMPLETED
                || execution.getStatus() == BatchStatus.ABANDONED) return Optional.empty();
        if (!inbox.equals(execution.getJobParameters().getString("inbox"))) return Optional.empty();
        return Optional.of(execution);
    }
}
