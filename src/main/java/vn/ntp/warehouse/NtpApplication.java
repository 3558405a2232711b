package vn.ntp.warehouse;

import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class NtpApplication {
}
