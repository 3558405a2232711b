package vn.ntp.warehouse;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Spring context of the batch commands (run, demo, schedule). */
@SpringBootApplication
@ConfigurationPropertiesScan
public class NtpApplication {
}
