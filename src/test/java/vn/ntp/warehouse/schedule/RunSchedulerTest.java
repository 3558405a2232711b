package vn.ntp.warehouse.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Scheduler;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import vn.ntp.warehouse.NtpApplication;
import vn.ntp.warehouse.fixtures.AnnexWorkbooks;
import vn.ntp.warehouse.fixtures.Source;

/** The real Quartz scheduler fires the real job on a cron; runs never overlap. */
class RunSchedulerTest {

    @TempDir
    Path tmp;

    @Test
    void cronFiresRunsThatNeverOverlap() throws Exception {
        Path inbox = tmp.resolve("inbox");
        Files.createDirectories(inbox);
        AnnexWorkbooks.budget("Huyện Phong Thổ, tỉnh Lai Châu").unitCode("109")
                .section("A", "VỐN KẾ HOẠCH NĂM 2024").project("2", "Dự án 2").allocated(Source.NSTW_SN, 500)
                .writeXlsx(inbox, "phong-tho.xlsx");
        Path home = tmp.resolve("home");
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(NtpApplication.class)
                .web(WebApplicationType.NONE)
                .run("--ntp.home=" + home, "--ntp.jobs-dir=" + Path.of("jobs").toAbsolutePath(),
                        "--ntp.sql-dir=" + Path.of("sql").toAbsolutePath())) {
            RunScheduler scheduler = ctx.getBean(RunScheduler.class);
            scheduler.start("0/2 * * * * ?", inbox);
            Trigger trigger = ctx.getBean(Scheduler.class).getTrigger(TriggerKey.triggerKey(RunScheduler.JOB_NAME + "-cron"));
            assertThat(trigger.getMisfireInstruction()).as("fire-and-proceed").isEqualTo(
                    org.quartz.CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW);

            JobRepository repository = ctx.getBean(JobRepository.class);
            Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
            while (completedRuns(repository).size() < 2 && Instant.now().isBefore(deadline)) Thread.sleep(500);
            scheduler.stop();

            List<JobExecution> runs = completedRuns(repository);
            assertThat(runs).as("at least two scheduled runs completed").hasSizeGreaterThanOrEqualTo(2);
            runs.sort(java.util.Comparator.comparing(JobExecution::getStartTime));
            for (int i = 1; i < runs.size(); i++) {
                assertThat(runs.get(i).getStartTime()).as("run %d starts after run %d ended", i, i - 1)
                        .isAfterOrEqualTo(runs.get(i - 1).getEndTime());
            }
        }
        assertThat(home.resolve("warehouse.duckdb")).exists();
        assertThat(ScheduledRunJob.class).hasAnnotation(DisallowConcurrentExecution.class);
    }

    private static List<JobExecution> completedRuns(JobRepository repository) {
        List<JobExecution> out = new ArrayList<>();
        for (JobInstance instance : repository.getJobInstances("annexLoadJob", 0, 100)) {
            for (JobExecution e : repository.getJobExecutions(instance)) {
                if (e.getEndTime() != null && e.getStatus().name().equals("COMPLETED")) out.add(e);
            }
        }
        return out;
    }
}
