package vn.ntp.warehouse.cli;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import vn.ntp.warehouse.NtpApplication;
import vn.ntp.warehouse.portal.PortalOnlyAutoConfigurations;

/**
 * {@code ./ntp serve [--port 8080]}: the batch context (for "Nạp ngay", through the same run lock)
 * plus the web portal (profile {@code portal}: Spring MVC, Thymeleaf, Spring Security). Only this
 * command starts a web server; every other command stays a plain, non-web Spring context or none.
 */
public final class ServeCommand {
    private ServeCommand() {
    }

    public static int run(Arguments args) {
        ConfigurableApplicationContext ctx;
        try {
            ctx = start(args);
        } catch (RuntimeException e) {
            System.err.println("Không khởi động được cổng thông tin: " + rootMessage(e));
            System.err.println("Chi tiết trong " + args.home().resolve("state/ntp.log"));
            return 1;
        }
        String address = ctx.getEnvironment().getProperty("server.address", "127.0.0.1");
        System.out.println("Cổng thông tin: http://" + address + ":" + port(ctx) + "/ (nhấn Ctrl+C để dừng)");
        Runtime.getRuntime().addShutdownHook(new Thread(ctx::close));
        try {
            Thread.currentThread().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /** Starts the portal and returns at once (tests call it with {@code --port 0}). */
    public static ConfigurableApplicationContext start(Arguments args) {
        List<String> props = new ArrayList<>();
        props.add("--spring.main.web-application-type=servlet");
        props.add("--spring.autoconfigure.exclude=org.springframework.boot.quartz.autoconfigure.QuartzAutoConfiguration");
        props.add("--ntp.home=" + args.home());
        props.add("--ntp.jobs-dir=" + args.jobsDir());
        props.add("--ntp.sql-dir=" + args.sqlDir());
        args.option("--port").ifPresent(p -> props.add("--server.port=" + p));
        props.addAll(args.springArgs());
        return new SpringApplicationBuilder(NtpApplication.class)
                .profiles(PortalOnlyAutoConfigurations.PROFILE)
                .logStartupInfo(false)
                .initializers(Trouble.failureSentence(args.home()))
                .run(props.toArray(String[]::new));
    }

    public static int port(ConfigurableApplicationContext ctx) {
        return Integer.parseInt(ctx.getEnvironment().getProperty("local.server.port", "0"));
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) t = t.getCause();
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
