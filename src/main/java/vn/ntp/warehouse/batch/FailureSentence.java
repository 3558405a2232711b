package vn.ntp.warehouse.batch;

import java.util.List;

/**
 * Why a run failed, in the one Vietnamese sentence the terminal shows (the cause and what to do). The command line
 * registers it in the contexts it starts (its own rules for disk, configuration, SQL models and files), so that a
 * scheduled fire and the portal's "Nạp ngay" say what {@code ./ntp run} would say.
 */
@FunctionalInterface
public interface FailureSentence {
    String of(Throwable failure);

    /** A failed run's cause: a full disk, else its first failure told by {@code sentence} (null: none registered). */
    static String why(AnnexLoadLauncher.Outcome outcome, List<Throwable> failures, FailureSentence sentence) {
        if (outcome.diskFull().isPresent()) return outcome.diskFull().get();
        if (sentence == null || failures.isEmpty()) return "Nguyên nhân ghi trong state/ntp.log của thư mục kho.";
        return sentence.of(failures.get(0)) + " Chi tiết trong state/ntp.log; lần chạy sau tiếp tục từ chỗ dừng.";
    }
}
