package vn.ntp.warehouse.schedule;

import java.nio.file.Path;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.ntp.warehouse.batch.AnnexLoadLauncher;
import vn.ntp.warehouse.batch.RunProgress;

/**
 * The Quartz job behind {@code ./ntp schedule}: one full run over the inbox. Quartz never starts
 * it while the previous one is still going ({@link DisallowConcurrentExecution}); the run lock
 * also refuses a manual run started meanwhile.
 */
@DisallowConcurrentExecution
public class ScheduledRunJob implements Job {
    static final String LAUNCHER = "launcher";
    static final String INBOX = "inbox";
    private static final Logger log = LoggerFactory.getLogger(ScheduledRunJob.class);

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        AnnexLoadLauncher launcher = (AnnexLoadLauncher) context.getMergedJobDataMap().get(LAUNCHER);
        Path inbox = Path.of(context.getMergedJobDataMap().getString(INBOX));
        try {
            System.out.println("Lần chạy theo lịch bắt đầu lúc " + RunProgress.time(context.getFireTime().toInstant()));
            AnnexLoadLauncher.Outcome outcome = launcher.run(inbox);
            System.out.println("Lần chạy theo lịch kết thúc lúc " + RunProgress.time(java.time.Instant.now()) + ": "
                    + (outcome.ran() ? RunProgress.statusVi(outcome.status()) : "không chạy (đang có lần chạy khác)")
                    + (context.getNextFireTime() == null ? "" : "; lần chạy tới lúc " + RunProgress.time(context.getNextFireTime().toInstant())));
        } catch (Exception e) {
            log.error("Scheduled run failed", e);
            throw new JobExecutionException(e, false);
        }
    }
}
