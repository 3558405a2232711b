package vn.ntp.warehouse.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import vn.ntp.warehouse.batch.DiskFull;
import vn.ntp.warehouse.batch.FailureSentence;
import vn.ntp.warehouse.warehouse.ModelFailure;


/**
 * What the terminal shows when a command cannot do its work: one Vietnamese sentence with the cause
 * and what to do, never a stack trace. The details go to {@code <home>/state/ntp.log} when it can be
 * written, and to stderr with {@code --verbose}.
 */
final class Trouble extends RuntimeException {
    private final String sentence;

    Trouble(String sentence, Throwable cause) {
        super(sentence, cause);
        this.sentence = sentence;
    }

    Trouble(String sentence) {
        this(sentence, null);
    }

    String sentence() {
        return sentence;
    }

    /** Prints the sentence (and the details with --verbose), logs the details; returns exit code 1. */
    static int report(Trouble trouble, Arguments args) {
        System.err.println(trouble.sentence());
        Throwable cause = trouble.getCause();
        if (cause != null) {
            String details = stackTrace(cause);
            boolean logged = log(args.home(), trouble.sentence() + System.lineSeparator() + details);
            if (args.verbose()) {
                System.err.print(details);
            } else if (logged) {
                System.err.println("Chi tiết kỹ thuật: " + args.home().resolve("state/ntp.log") + " (hoặc chạy lại với --verbose).");
            } else {
                System.err.println("Chi tiết kỹ thuật: chạy lại với --verbose.");
            }
        }
        return 1;
    }

    /** Registers, in a context the command line starts, the sentence a failed run is told with ({@link FailureSentence}). */
    static ApplicationContextInitializer<ConfigurableApplicationContext> failureSentence(Path home) {
        return context -> context.getBeanFactory().registerSingleton("failureSentence",
                (FailureSentence) failure -> cause(failure, home));
    }

    /** Any exception a command did not expect, as one sentence naming its cause. */
    static Trouble of(String whatFailed, Throwable e, Path home) {
        return new Trouble(whatFailed + ": " + cause(e, home), e);
    }

    /** The cause and what to do, in Vietnamese, from the innermost exception that says something useful. */
    static String cause(Throwable e, Path home) {
        Optional<String> diskFull = DiskFull.explain(List.of(e), home);
        if (diskFull.isPresent()) return diskFull.get();
        Optional<ConfigProblem> config = ConfigProblem.find(e);
        if (config.isPresent()) return config.get().sentence();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof Trouble trouble) return trouble.sentence();
            if (t instanceof FileSystemException fs) return fileProblem(fs, home);
            if (t instanceof ModelFailure model) {
                return "mô hình SQL " + model.model() + " (" + model.file() + ") không chạy được — " + model.engineLine()
                        + ". Sửa tệp SQL đó (hoặc lấy lại bản gốc).";
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException && String.valueOf(t.getMessage()).toLowerCase().contains("read-only file system")) {
                return "ổ đĩa chứa thư mục " + home + " đang ở chế độ chỉ đọc. " + WRITE_ADVICE;
            }
            if (t instanceof SQLException && String.valueOf(t.getMessage()).toLowerCase().contains("permission denied")) {
                return "không có quyền ghi vào thư mục " + home + ". " + WRITE_ADVICE;
            }
        }
        Throwable root = e;
        while (root.getCause() != null) root = root.getCause();
        return "lỗi không lường trước (" + root.getClass().getSimpleName() + ").";
    }

    static final String WRITE_ADVICE = "Cấp quyền ghi (hoặc gắn lại ổ đĩa ở chế độ ghi được) rồi chạy lại, hoặc chọn thư mục khác bằng --home.";

    static String fileProblem(FileSystemException fs, Path home) {
        String file = fs.getFile() == null ? home.toString() : fs.getFile();
        String reason = String.valueOf(fs.getReason()).toLowerCase();
        if (reason.contains("read-only")) return file + " nằm trên ổ đĩa chỉ đọc. " + WRITE_ADVICE;
        if (fs instanceof AccessDeniedException || reason.contains("permission denied")) {
            return "không có quyền ghi hoặc đọc " + file + ". " + WRITE_ADVICE;
        }
        if (fs instanceof NotDirectoryException || fs instanceof FileAlreadyExistsException || reason.contains("not a directory")) {
            return file + " (hoặc một thư mục cha của nó) là một tệp, không phải thư mục. Đổi tên tệp đó hoặc chọn thư mục khác bằng --home.";
        }
        if (fs instanceof NoSuchFileException) return "không tìm thấy " + file + ".";
        if (reason.contains("no space")) return "ổ đĩa chứa " + file + " đã đầy. Giải phóng chỗ trống rồi chạy lại.";
        return "không đọc/ghi được " + file + ". Kiểm tra thư mục rồi chạy lại.";
    }

    /**
     * A home folder the command must write into: created if absent, then a probe file written and
     * deleted in {@code state/}. Throws a Trouble naming the cause; creates nothing it cannot keep.
     */
    static void requireWritableHome(Path home) {
        try {
            Files.createDirectories(home.resolve("state"));
            Path probe = Files.createTempFile(home.resolve("state"), ".ghi-thu", ".tmp");
            Files.delete(probe);
        } catch (IOException e) {
            throw new Trouble("Không dùng được thư mục của kho " + home + ": "
                    + (e instanceof FileSystemException fs ? fileProblem(fs, home) : "lỗi đọc/ghi (" + e.getClass().getSimpleName() + ")."), e);
        }
    }

    /** A home folder the command only reads: it must exist and be a folder. */
    static void requireReadableHome(Path home) {
        if (Files.exists(home) && !Files.isDirectory(home)) {
            throw new Trouble("Không dùng được thư mục của kho " + home + ": đó là một tệp, không phải thư mục. "
                    + "Chọn đúng thư mục bằng --home.");
        }
    }

    /** Appends to ntp.log when it can; false when the home cannot be written (read-only, missing). */
    private static boolean log(Path home, String text) {
        Path log = home.resolve("state/ntp.log");
        if (!Files.isDirectory(log.getParent())) return false;
        try {
            Files.writeString(log, ZonedDateTime.now() + " ERROR " + text + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static String stackTrace(Throwable t) {
        StringWriter w = new StringWriter();
        t.printStackTrace(new PrintWriter(w));
        return w.toString();
    }

}
