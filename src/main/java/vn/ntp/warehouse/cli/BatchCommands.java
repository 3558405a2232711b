package vn.ntp.warehouse.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;

import org.quartz.CronExpression;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import vn.ntp.warehouse.NtpApplication;
import vn.ntp.warehouse.batch.AnnexLoadLauncher;
import vn.ntp.warehouse.batch.FailureSentence;
import vn.ntp.warehouse.batch.NtpSettings;
import vn.ntp.warehouse.batch.RunProgress;
import vn.ntp.warehouse.schedule.RunScheduler;

/**
 * run, demo and schedule: the commands that need the Spring Batch context. Before Spring starts,
 * what would make the run fail or succeed silently is checked (the inbox exists and can be listed,
 * the configuration files parse, the home folder can be written, the cron expression is valid), so
 * that the operator hears the cause in one Vietnamese sentence and nothing is created.
 */
final class BatchCommands {
    private BatchCommands() {
    }

    /** The Spring context; Quartz (its scheduler and thread pool) only for {@code schedule}. */
    private static ConfigurableApplicationContext context(Arguments args, boolean scheduling) {
        List<String> props = new ArrayList<>();
        if (!scheduling) {
            props.add("--spring.autoconfigure.exclude=org.springframework.boot.quartz.autoconfigure.QuartzAutoConfiguration");
        }
        props.add("--ntp.home=" + args.home());
        props.add("--ntp.jobs-dir=" + args.jobsDir());
        props.add("--ntp.sql-dir=" + args.sqlDir());
        props.addAll(args.springArgs());
        return new SpringApplicationBuilder(NtpApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .initializers(Trouble.failureSentence(args.home()))
                .run(props.toArray(String[]::new));
    }

    static int run(Arguments args, boolean demo) {
        Path inbox = demo ? args.jobsDir().resolve("sample-inbox")
                : args.option("--inbox").map(Path::of).orElse(args.home().resolve("inbox")).toAbsolutePath().normalize();
        try {
            preflight(args, inbox);
        } catch (Trouble t) {
            return Trouble.report(t, args);
        }
        try (ConfigurableApplicationContext ctx = context(args, false)) {
            NtpSettings settings = ctx.getBean(NtpSettings.class);
            System.out.println("Hộp thư: " + inbox);
            AnnexLoadLauncher.Outcome outcome = ctx.getBean(AnnexLoadLauncher.class).run(inbox);
            if (!outcome.ran()) return 1;
            if (!outcome.succeeded()) {
                return failed(args, outcome, ctx.getBean(RunProgress.class).failures());
            }
            RunSummary.print(settings, outcome);
            if (demo) {
                System.out.println();
                System.out.println("Kho dữ liệu (DuckDB, mở chỉ đọc): " + settings.warehouse());
                System.out.println("Thử: ./ntp query \"select unit_name, basis, allocated_mvnd, disbursed_mvnd, disbursement_pct "
                        + "from mart_disbursement where project_code = program_code and budget_level = 'ALL' "
                        + "and capital_type = 'ALL' and vintage = 'ALL' order by unit_name\"");
            }
            return 0;
        } catch (Exception e) {
            return Trouble.report(Trouble.of("Lần chạy thất bại", e, args.home()), args);
        }
    }

    /** A run the job repository marks failed: its cause in one sentence, and whether rerunning continues it. */
    private static int failed(Arguments args, AnnexLoadLauncher.Outcome outcome, List<Throwable> failures) {
        Throwable cause = failures.isEmpty() ? null : failures.get(0);
        String why = FailureSentence.cause(outcome, failures, failure -> Trouble.cause(failure, args.home())).orElse("không rõ nguyên nhân.");
        boolean saysWhatToDo = outcome.diskFull().isPresent() || (cause != null && ConfigProblem.find(cause).isPresent());
        String sentence = "Lần chạy " + outcome.runId() + " " + RunProgress.statusVi(outcome.status()) + ": " + why
                + (saysWhatToDo ? "" : " Sau khi khắc phục, chạy lại ./ntp run để tiếp tục từ chỗ dừng.");
        return Trouble.report(new Trouble(sentence, cause), args);
    }

    /** Everything that can be known wrong before a run starts; throws a Trouble, creates nothing. */
    static void preflight(Arguments args, Path inbox) {
        requireInbox(inbox);
        ConfigProblem.check(args.jobsDir()).ifPresent(p -> {
            throw new Trouble("Không chạy được: " + p.sentence());
        });
        Trouble.requireWritableHome(args.home());
    }

    /** The inbox must be a folder that can be listed: an unmounted share is an error, never "0 new files". */
    static void requireInbox(Path inbox) {
        if (!Files.exists(inbox)) {
            throw new Trouble("Không tìm thấy hộp thư " + inbox + ": thư mục không tồn tại (ổ mạng chưa gắn, hoặc sai đường dẫn). "
                    + "Tạo thư mục hoặc gắn ổ rồi chạy lại, hoặc chỉ ra hộp thư bằng --inbox.");
        }
        if (!Files.isDirectory(inbox)) {
            throw new Trouble("Hộp thư " + inbox + " là một tệp, không phải thư mục. Chỉ ra đúng thư mục bằng --inbox.");
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(inbox)) {
            entries.iterator().hasNext();
        } catch (IOException e) {
            throw new Trouble("Không đọc được hộp thư " + inbox + ": không có quyền đọc thư mục. "
                    + "Cấp quyền đọc cho tài khoản chạy ./ntp rồi chạy lại.", e);
        }
    }

    static int schedule(Arguments args) {
        String cron = args.option("--cron").orElse("0 0 2 * * ?");
        try {
            new CronExpression(cron);
        } catch (ParseException e) {
            System.err.println("Biểu thức lịch --cron \"" + cron + "\" không hợp lệ (vị trí " + (e.getErrorOffset() + 1)
                    + "): cần 6 hoặc 7 trường cách nhau bởi dấu cách — giây phút giờ ngày tháng thứ [năm], "
                    + "một trong hai trường ngày và thứ là \"?\", ví dụ \"0 0 2 * * ?\" (02:00 mỗi đêm).");
            return 2;
        }
        Path inbox = args.option("--inbox").map(Path::of).orElse(args.home().resolve("inbox")).toAbsolutePath().normalize();
        ConfigurableApplicationContext ctx;
        try {
            preflight(args, inbox);
            ctx = context(args, true);
        } catch (Trouble t) {
            return Trouble.report(t, args);
        } catch (RuntimeException e) {
            return Trouble.report(Trouble.of("Không lên lịch được", e, args.home()), args);
        }
        try {
            var next = ctx.getBean(RunScheduler.class).start(cron, inbox);
            System.out.println("Đã lên lịch chạy theo cron \"" + cron + "\" trên " + inbox
                    + (next == null ? "" : "; lần chạy tới lúc " + RunProgress.time(next.toInstant()))
                    + ". Nhấn Ctrl+C để dừng.");
            Runtime.getRuntime().addShutdownHook(new Thread(ctx::close));
            Thread.currentThread().join();
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        } catch (Exception e) {
            ctx.close();
            return Trouble.report(Trouble.of("Không lên lịch được", e, args.home()), args);
        }
    }
}
