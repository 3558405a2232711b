package vn.ntp.warehouse.portal;

import java.util.List;

import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * The auto-configurations that came with the portal's starters (web MVC, Tomcat, Thymeleaf, Security,
 * Jackson, HTTP converters) apply only to {@code ./ntp serve} (profile {@code portal}): run, demo and
 * schedule start the same batch context as before, without a template engine or security beans.
 * Registered in {@code META-INF/spring.factories}.
 */
public final class PortalOnlyAutoConfigurations implements AutoConfigurationImportFilter, EnvironmentAware {
    /** The Spring profile under which the portal's web, Thymeleaf and Security auto-configurations apply (./ntp serve). */
    public static final String PROFILE = "portal";
    static final List<String> PORTAL_PACKAGES = List.of(
            "org.springframework.boot.webmvc.", "org.springframework.boot.tomcat.", "org.springframework.boot.servlet.",
            "org.springframework.boot.web.server.", "org.springframework.boot.thymeleaf.", "org.springframework.boot.security.",
            "org.springframework.boot.jackson.", "org.springframework.boot.http.converter.");

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public boolean[] match(String[] autoConfigurationClasses, AutoConfigurationMetadata metadata) {
        boolean portal = environment != null && environment.matchesProfiles(PROFILE);
        boolean[] keep = new boolean[autoConfigurationClasses.length];
        for (int i = 0; i < keep.length; i++) {
            String name = autoConfigurationClasses[i];
            keep[i] = portal || name == null || PORTAL_PACKAGES.stream().noneMatch(name::startsWith);
        }
        return keep;
    }
}
