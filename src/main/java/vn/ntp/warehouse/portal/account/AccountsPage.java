package vn.ntp.warehouse.portal.account;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.context.annotation.Profile;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.ntp.warehouse.portal.web.Refusal;

/** "Tài khoản": the accounts, for quan-tri (they are created and disabled with {@code ./ntp user}). */
@Controller
@Profile("portal")
public class AccountsPage {
    private final DataSource dataSource;

    public AccountsPage(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @GetMapping("/tai-khoan")
    String list(@AuthenticationPrincipal PortalUser user, Model model) throws SQLException {
        if (user.role() != Role.QUAN_TRI) throw new Refusal(403, "Chỉ tài khoản quản trị xem được danh sách tài khoản.");
        try (Connection c = dataSource.getConnection()) {
            model.addAttribute("accounts", Accounts.list(c));
        }
        model.addAttribute("user", user);
        return "tai-khoan";
    }
}
