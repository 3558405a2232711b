package vn.ntp.warehouse.portal.web;

import java.util.concurrent.locks.ReentrantLock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import vn.ntp.warehouse.batch.AnnexLoadLauncher;
import vn.ntp.warehouse.batch.FailureSentence;
import vn.ntp.warehouse.batch.NtpSettings;
import vn.ntp.warehouse.batch.RunLock;
import vn.ntp.warehouse.batch.RunProgress;

/**
 * "Nạp ngay": one run over the inbox through {@link AnnexLoadLauncher}, hence the same run lock as
 * {@code run} and {@code schedule} (a run already going, here or in another process, means no run).
 * The portal holds the lock only while this runs.
 */
@Component
@Profile("portal")
public class RunNow {
    private final AnnexLoadLauncher launcher;
    private final NtpSettings settings;
    private final RunProgress progress;
    private final ObjectProvider<FailureSentence> sentence;
    private final ReentrantLock inThisProcess = new ReentrantLock();

    public RunNow(AnnexLoadLauncher launcher, NtpSettings settings, RunProgress progress, ObjectProvider<FailureSentence> sentence) {
        this.launcher = launcher;
        this.settings = settings;
        this.progress = progress;
        this.sentence = sentence;
    }

    /** The sentence for the page. */
    public String run() {
        if (!inThisProcess.tryLock()) return "Một lần nạp khác đang chạy; lần này không chạy.";
        try {
            AnnexLoadLauncher.Outcome outcome = launcher.run(settings.inbox());
            if (!outcome.ran()) return RunLock.refused(settings.state());
            var c = outcome.counters();
            String files = "đọc " + c.extracted.get() + " tệp, trùng " + c.duplicate.get() + ", bị từ chối " + c.rejected.get();
            return outcome.succeeded() ? "Đã nạp xong (lần chạy " + outcome.runId() + "): " + files + "."
                    : "Lần nạp " + outcome.runId() + " không hoàn tất: "
                            + FailureSentence.why(outcome, progress.failures(), sentence.getIfAvailable());
        } catch (Exception e) {
            return "Lần nạp thất bại; chạy lại để tiếp tục từ chỗ dừng.";
        } finally {
            inThisProcess.unlock();
        }
    }
}
