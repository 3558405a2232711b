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

/**
 * Puts the nightly run on a Quartz cron trigger: Quartz's in-memory store by default, its clustered
 * JDBC store with the profile {@code cluster} (see application-cluster.properties). Misfire policy: fire-and-proceed — a fire time
 * missed while the machine was down or the previous run was still going (longer than Quartz's
 * 60 s misfire threshold) gives one run as soon as possible, never a burst of catch-up runs.
 */
/** Lazy: only {@code ./ntp schedule} starts Quartz; other commands run without its scheduler. */
@Component
@Lazy
public class RunScheduler {
    static final String JOB_NAME = "annexLoad";
    private final Scheduler scheduler;

    public RunScheduler(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    public Date start(String cron, Path inbox) throws SchedulerException {
        JobDataMap data = new JobDataMap();
        data.put(ScheduledRunJob.INBOX, inbox.toAbsolutePath().normalize().toString());
        // only text in the job data (a JDBC job store keeps it in the database); the launcher is
        // injected by Spring's job factory. Recovery: with a clustered JDBC store, a fire whose node
        // died is run again by another node, and that run continues the unfinished job execution.
        JobDetail job = org.quartz.JobBuilder.newJob(ScheduledRunJob.class)
                .withIdentity(JOB_NAME)
                .usingJobData(data)
                .requestRecovery(true)
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
