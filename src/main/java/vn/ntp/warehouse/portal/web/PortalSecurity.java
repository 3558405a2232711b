package vn.ntp.warehouse.portal.web;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

import vn.ntp.warehouse.portal.account.Accounts;
import vn.ntp.warehouse.portal.account.PortalUser;
import vn.ntp.warehouse.portal.account.StateDatabase;

/**
 * Two filter chains: {@code /api/**} with HTTP Basic, stateless, answers 401/403 as JSON; the pages
 * with form login, CSRF tokens and the session timeout of {@code server.servlet.session.timeout}.
 * Accounts come from {@code portal_account} (BCrypt hashes).
 */
@Configuration
@EnableWebSecurity
@Profile("portal")
public class PortalSecurity {

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    UserDetailsService portalUsers(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            StateDatabase.createTables(c);
        }
        return username -> {
            try (Connection c = dataSource.getConnection()) {
                return Accounts.find(c, username).map(PortalUser::new)
                        .orElseThrow(() -> new UsernameNotFoundException("no account " + username));
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read accounts", e);
            }
        };
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .httpBasic(b -> b.authenticationEntryPoint((req, res, e) -> json(res, 401,
                        "Cần đăng nhập (HTTP Basic: tài khoản và mật khẩu của cổng thông tin).")))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) -> json(res, 401,
                                "Cần đăng nhập (HTTP Basic: tài khoản và mật khẩu của cổng thông tin)."))
                        .accessDeniedHandler((req, res, ex) -> json(res, 403, "Không có quyền.")))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable());   // no cookie, no session: every call carries its credentials
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/dang-nhap", "/portal.css", "/error").permitAll()
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/dang-nhap").defaultSuccessUrl("/", true).failureUrl("/dang-nhap?loi"))
                .exceptionHandling(e -> e.accessDeniedHandler((req, res, ex) -> page(res, 403,
                        "Không có quyền truy cập trang này (hoặc phiên làm việc đã hết hạn: hãy tải lại trang và đăng nhập lại).")))
                .logout(l -> l.logoutUrl("/dang-xuat").logoutSuccessUrl("/dang-nhap?thoat"));
        return http.build();
    }

    /** A refusal page written by the security filters (a missing or stale CSRF token, a role that may not). */
    static void page(HttpServletResponse res, int status, String messageVi) throws IOException {
        res.setStatus(status);
        res.setContentType("text/html;charset=UTF-8");
        res.getWriter().write("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"UTF-8\"><title>Không thực hiện được</title>"
                + "<link rel=\"stylesheet\" href=\"/portal.css\"></head><body><main><h1>Không thực hiện được</h1>"
                + "<p class=\"refusal\" id=\"loi\">" + vn.ntp.warehouse.report.Html.escape(messageVi)
                + "</p><p><a href=\"/\">Về trang đầu</a></p></main></body></html>");
    }

    static void json(HttpServletResponse res, int status, String messageVi) throws IOException {
        res.setStatus(status);
        res.setContentType("application/json;charset=UTF-8");
        res.getWriter().write(ApiError.json(status, messageVi));
    }
}
