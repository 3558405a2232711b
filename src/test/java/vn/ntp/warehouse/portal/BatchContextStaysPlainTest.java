package vn.ntp.warehouse.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import vn.ntp.warehouse.NtpApplication;

/** Issue 12, item 1: only serve is a web application; run, demo and schedule keep a plain batch context. */
class BatchContextStaysPlainTest {
    @TempDir
    Path home;

    @Test
    void theBatchContextHasNoWebServerNoPortalAndNoSecurity() {
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(NtpApplication.class)
                .web(WebApplicationType.NONE).logStartupInfo(false)
                .run("--ntp.home=" + home, "--ntp.jobs-dir=jobs", "--ntp.sql-dir=sql",
                        "--spring.autoconfigure.exclude=org.springframework.boot.quartz.autoconfigure.QuartzAutoConfiguration")) {
            assertThat(ctx).isNotInstanceOf(WebServerApplicationContext.class);
            String[] names = ctx.getBeanDefinitionNames();
            assertThat(Arrays.stream(names).filter(n -> n.toLowerCase().matches(".*(security|thymeleaf|portal|webmvc|servlet|tomcat|jackson).*")))
                    .isEmpty();
            assertThat(ctx.getBeanNamesForType(vn.ntp.warehouse.batch.AnnexLoadLauncher.class)).hasSize(1);
        }
    }
}
