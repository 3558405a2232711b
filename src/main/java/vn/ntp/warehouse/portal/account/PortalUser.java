package vn.ntp.warehouse.portal.account;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The signed-in officer: their account's unit and role travel with the session. */
public class PortalUser extends User {
    private final String unitCode;
    private final Role role;

    public PortalUser(Account account) {
        super(account.username(), account.passwordHash(), account.enabled(), true, true, true,
                List.of(new SimpleGrantedAuthority(account.role().authority())));
        this.unitCode = account.unitCode();
        this.role = account.role();
    }

    public String unitCode() {
        return unitCode;
    }

    public Role role() {
        return role;
    }
}
