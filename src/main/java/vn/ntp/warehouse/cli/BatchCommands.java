package vn.ntp.warehouse.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import vn.ntp.warehouse.NtpApplication;
import vn.ntp.warehouse.batch.AnnexLoadLauncher;
import vn.ntp.warehouse.batch.NtpSettings;
import vn.ntp.warehouse.schedule.RunScheduler;

/** run, demo and schedule: the commands that need the Spring Batch context. */
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
                .run(props.toArray(String[]::new));
    }

    static int run(Arguments args, boolean demo) {
        try (ConfigurableApplicationContext ctx = context(args, false)) {
            NtpSettings settings = ctx.getBean(NtpSettings.class);
            Path inbox = demo ? settings.jobsDir().resolve("sample-inbox")
                    : args.option("--inbox").map(Path::of).orElse(settings.inbox());
            System.out.println("Hộp thư: " + inbox.toAbsolutePath().normalize());
            AnnexLoadLauncher.Outcome outcome = ctx.getBean(AnnexLoadLauncher.class).run(inbox);
            if (!outcome.ran()) return 1;
            RunSummary.print(settings, outcome);
            if (demo && outcome.succeeded()) {
                System.out.println();
                System.out.println("Kho dữ liệu (DuckDB, mở chỉ đọc): " + settings.warehouse());
                System.out.println("Thử: ./ntp query \"select unit_name, basis, allocated_mvnd, disbursed_mvnd, disbursement_pct "
                        + "from mart_disbursement where project_code = program_code and budget_level = 'ALL' "
                        + "and capital_type = 'ALL' and vintage = 'ALL' order by unit_name\"");
            }
            return outcome.succeeded() ? 0 : 1;
        } catch (Exception e) {
            vn.ntp.warehouse.batch.DiskFull.explain(java.util.List.of(e), args.home()).ifPresent(System.err::println);
            System.err.println("Lần chạy thất bại: " + rootMessage(e));
            System.err.println("Chạy lại ./ntp run để tiếp tục từ chỗ dừng; chi tiết trong " + args.home().resolve("state/ntp.log"));
            return 1;
        }
    }

    static int schedule(Arguments args) {
        String cron = args.option("--cron").orElse("0 0 2 * * ?");
        ConfigurableApplicationContext ctx = context(args, true);
        NtpSettings settings = ctx.getBean(NtpSettings.class);
        Path inbox = args.option("--inbox").map(Path::of).orElse(settings.inbox());
        try {
            ctx.getBean(RunScheduler.class).start(cron, inbox);
            System.out.println("Đã lên lịch chạy theo cron \"" + cron + "\" trên " + inbox.toAbsolutePath().normalize()
                    + ". Nhấn Ctrl+C để dừng.");
            Runtime.getRuntime().addShutdownHook(new Thread(ctx::close));
            Thread.currentThread().join();
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        } catch (Exception e) {
            System.err.println("Không lên lịch được: " + rootMessage(e));
            ctx.close();
            return 2;
        }
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) t = t.getCause();
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
