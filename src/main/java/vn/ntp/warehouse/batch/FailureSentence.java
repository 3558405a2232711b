package vn.ntp.warehouse.batch;

import java.util.List;
import java.util.Optional;

/**
 * Why a run failed, in the one Vietnamese sentence the terminal shows (the cause and what to do). The command line
 * registers it in the contexts it starts (its own rules for disk, configuration, SQL models and files), so that a
 * scheduled fire and the portal's "Nạp ngay" say what {@code ./ntp run} would say.
 */
@FunctionalInterface
public interface FailureSentence {
    String of(Throwable failure);

    /** A failed run's cause: a full disk, else its first failure told by {@code sentence} (null: none registered). */
    static Optional<String> cause(AnnexLoadLauncher.Outcome outcome, List<Throwable> failures, FailureSentence sentence) {
        if (outcome.diskFull().isPresent()) return outcome.diskFull();
        if (sentence == null || failures.isEmpty()) return Optional.empty();
        return Optional.of(sentence.of(failures.get(0)));
    }

    /** The cause for a run no terminal watched (a scheduled fire, the portal): where the details are, and what comes next. */
    static String why(AnnexLoadLauncher.Outcome outcome, List<Throwable> failures, FailureSentence sentence) {
        return cause(outcome, failures, sentence)
                .map(cause -> cause + " Chi tiết trong state/ntp.log; lần chạy sau tiếp tục từ chỗ dừng.")
                .orElse("Nguyên nhân ghi trong state/ntp.log của thư mục kho.");
    }
}
