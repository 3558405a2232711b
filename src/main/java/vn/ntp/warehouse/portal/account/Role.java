package vn.ntp.warehouse.portal.account;

import java.util.Arrays;
import java.util.Optional;

/** A portal account's role, as typed on the command line ({@code --role don-vi}). */
public enum Role {
    /** A commune or district officer: their unit and its subordinate units. */
    DON_VI("don-vi", "Cán bộ đơn vị"),
    /** A province officer: the province and everything under it; approves and loads now. */
    TINH("tinh", "Cán bộ tỉnh"),
    /** Reads every unit, sends nothing. */
    PHAN_TICH("phan-tich", "Phân tích"),
    /** Manages accounts. */
    QUAN_TRI("quan-tri", "Quản trị");

    private final String code;
    private final String labelVi;

    Role(String code, String labelVi) {
        this.code = code;
        this.labelVi = labelVi;
    }

    public String code() {
        return code;
    }

    public String labelVi() {
        return labelVi;
    }

    /** The Spring Security authority name: ROLE_DON_VI, ROLE_TINH... */
    public String authority() {
        return "ROLE_" + name();
    }

    public static Optional<Role> of(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
}
