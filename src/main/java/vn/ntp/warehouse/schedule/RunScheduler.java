package vn.ntp.warehouse.schedule;

import java.nio.file.Path;
import java.util.Date;

import org.quartz.CronScheduleBuilder;
import org.quartz.JobDataMap;
import org.quartz.JobDetail;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import vn.ntp.warehouse.batch.AnnexLoadLauncher;

/**
 * Puts the nightly run on a Quartz cron trigger. Misfire policy: fire-and-proceed — a fire time
 * missed while the machine was down or the previous run was still going (longer than Quartz's
 * 60 s misfire threshold) gives one run as soon as possible, never a burst of catch-up runs.
 */
/** Lazy: only {@code ./ntp schedule} starts Quartz; other commands run without its scheduler. */
@Component
@Lazy
public class RunScheduler {
    static final String JOB_NAME = "annexLoad";
    private final Scheduler scheduler;
    private final AnnexLoadLauncher launcher;

    public RunScheduler(Scheduler scheduler, AnnexLoadLauncher launcher) {
        this.scheduler = scheduler;
        this.launcher = launcher;
    }

    public Date start(String cron, Path inbox) throws SchedulerException {
        JobDataMap data = new JobDataMap();
        data.put(ScheduledRunJob.LAUNCHER, launcher);
        data.put(ScheduledRunJob.INBOX, inbox.toAbsolutePath().normalize().toString());
        JobDetail job = org.quartz.JobBuilder.newJob(ScheduledRunJob.class)
                .withIdentity(JOB_NAME)
                .usingJobData(data)
                .build();
        Trigger trigger = TriggerBuilder.newTrigger()
                .withIdentity(JOB_NAME + "-cron")
                .withSchedule(CronScheduleBuilder.cronSchedule(cron).withMisfireHandlingInstructionFireAndProceed())
                .build();
        scheduler.scheduleJob(job, java.util.Set.of(trigger), true);
        scheduler.start();
        return trigger.getNextFireTime();
    }

    public void stop() throws SchedulerException {
        scheduler.shutdown(true);
    }
}
