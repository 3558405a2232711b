package vn.ntp.warehouse.schedule;

import java.nio.file.Path;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;

import vn.ntp.warehouse.batch.AnnexLoadLauncher;
import vn.ntp.warehouse.batch.FailureSentence;
import vn.ntp.warehouse.batch.RunProgress;

/**
 * The Quartz job behind {@code ./ntp schedule}: one full run over the inbox. Quartz never starts
 * it while the previous one is still going ({@link DisallowConcurrentExecution}); the run lock
 * also refuses a manual run started meanwhile.
 */
@DisallowConcurrentExecution
public class ScheduledRunJob implements Job {
    static final String INBOX = "inbox";
    private static final Logger log = LoggerFactory.getLogger(ScheduledRunJob.class);

    private final AnnexLoadLauncher launcher;
    private final RunProgress progress;
    private final ObjectProvider<FailureSentence> sentence;

    /** Created by Spring's job factory for every fire; {@code sentence} is there when the command line started the context. */
    public ScheduledRunJob(AnnexLoadLauncher launcher, RunProgress progress, ObjectProvider<FailureSentence> sentence) {
        this.launcher = launcher;
        this.progress = progress;
        this.sentence = sentence;
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        Path inbox = Path.of(context.getMergedJobDataMap().getString(INBOX));
        try {
            if (context.isRecovering()) {
                System.out.println("Chạy lại lần chạy theo lịch lúc " + RunProgress.time(context.getScheduledFireTime().toInstant())
                        + " của một máy đã dừng giữa chừng");
                log.info("Recovering fire {} of a node that died", context.getScheduledFireTime());
            }
            System.out.println("Lần chạy theo lịch bắt đầu lúc " + RunProgress.time(context.getFireTime().toInstant()));
            AnnexLoadLauncher.Outcome outcome = launcher.run(inbox);
            System.out.println("Lần chạy theo lịch kết thúc lúc " + RunProgress.time(java.time.Instant.now()) + ": "
                    + (outcome.ran() ? RunProgress.statusVi(outcome.status()) : "không chạy (đang có lần chạy khác)")
                    + (outcome.ran() && !outcome.succeeded()
                        ? ": " + FailureSentence.why(outcome, progress.failures(), sentence.getIfAvailable()).replaceAll("\\.$", "") : "")
                    + (context.getNextFireTime() == null ? "" : "; lần chạy tới lúc " + RunProgress.time(context.getNextFireTime().toInstant())));
        } catch (Exception e) {
            log.error("Scheduled run failed", e);
            throw new JobExecutionException(e, false);
        }
    }
}
