package vn.ntp.warehouse.batch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.ntp.warehouse.intake.InboxFile;
import vn.ntp.warehouse.intake.InboxScanner;
import vn.ntp.warehouse.lake.LakeLedger;

/**
 * Lists the inbox against the lake ledger. Leftovers of a killed run (part files of a chunk that
 * never committed, temp files) are removed first, so the files of that chunk are simply pending
 * again.
 */
@Component
@JobScope
public class IntakeTasklet implements Tasklet {
    private final NtpSettings settings;
    private final Path inbox;
    private final RunCounters counters;
    private List<InboxFile> pending = List.of();

    public IntakeTasklet(NtpSettings settings, RunCounters counters,
                         @Value("#{jobParameters['inbox']}") String inbox) {
        this.settings = settings;
        this.counters = counters;
        this.inbox = inbox == null ? settings.inbox() : Path.of(inbox);
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        Files.createDirectories(settings.lake());
        Files.createDirectories(inbox);
        LakeLedger ledger = LakeLedger.read(settings.lake());
        ledger.removeOrphans();
        pending = new InboxScanner(ledger).pending(inbox);
        counters.pending.set(pending.size());
        contribution.incrementReadCount();
        return RepeatStatus.FINISHED;
    }

    public List<InboxFile> pending() {
        return pending;
    }
}
