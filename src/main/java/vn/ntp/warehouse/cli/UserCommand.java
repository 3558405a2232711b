package vn.ntp.warehouse.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import vn.ntp.warehouse.portal.account.Account;
import vn.ntp.warehouse.portal.account.Accounts;
import vn.ntp.warehouse.portal.account.Role;
import vn.ntp.warehouse.portal.account.StateDatabase;
import vn.ntp.warehouse.reference.UnitMaster;

/**
 * {@code ./ntp user add NAME --unit CODE --role ROLE [--password P | --password-file FILE]} (the password as given,
 * from the file's first line, asked twice on the terminal and never echoed, or standard input's first line),
 * {@code user list}, {@code user disable NAME}: portal accounts in the state database.
 */
public final class UserCommand {
    static final int MIN_PASSWORD = 8;
    private static final String USAGE = "Cách dùng: ./ntp user add TÊN --unit MÃ_ĐƠN_VỊ --role "
            + Arrays.stream(Role.values()).map(Role::code).collect(Collectors.joining("|"))
            + " [--password MẬT_KHẨU | --password-file TỆP] | user list | user disable TÊN";

    private UserCommand() {
    }

    public static int run(Arguments args) throws Arguments.UsageException {
        if (args.positional().isEmpty()) throw new Arguments.UsageException(USAGE);
        String action = args.positional().get(0);
        try (Connection c = StateDatabase.connect(args.home(), args.springArgs())) {
            return switch (action) {
                case "add" -> add(c, args);
                case "list" -> list(c);
                case "disable" -> disable(c, args);
                default -> throw new Arguments.UsageException(USAGE);
            };
        } catch (SQLException e) {
            return Trouble.report(Trouble.of("Không mở được cơ sở dữ liệu trạng thái", e, args.home()), args);
        }
    }

    private static int add(Connection c, Arguments args) throws Arguments.UsageException, SQLException {
        if (args.positional().size() != 2) throw new Arguments.UsageException(USAGE);
        String name = args.positional().get(1);
        if (!name.matches("[A-Za-z0-9._@-]{2,100}")) {
            System.err.println("Tên tài khoản chỉ gồm chữ không dấu, số và . _ @ - (2 đến 100 ký tự).");
            return 2;
        }
        Role role = Role.of(args.option("--role").orElseThrow(() -> new Arguments.UsageException(USAGE)))
                .orElseThrow(() -> new Arguments.UsageException("Vai trò không hợp lệ. " + USAGE));
        String unit = args.option("--unit").orElseThrow(() -> new Arguments.UsageException(USAGE));
        UnitMaster units = UnitMaster.load(args.jobsDir().resolve("reference"));
        if (units.all().stream().noneMatch(u -> u.code().equals(unit))) {
            System.err.println("Không có đơn vị mã " + unit + " trong danh mục đơn vị.");
            return 2;
        }
        if (Accounts.find(c, name).isPresent()) {
            System.err.println("Tài khoản " + name + " đã có.");
            return 2;
        }
        Optional<String> password;
        try {
            password = password(args);
        } catch (PasswordsDiffer e) {
            System.err.println("Hai lần nhập mật khẩu không giống nhau; chưa tạo tài khoản.");
            return 2;
        }
        if (password.isEmpty() || password.get().length() < MIN_PASSWORD) {
            System.err.println("Mật khẩu phải có ít nhất " + MIN_PASSWORD + " ký tự.");
            return 2;
        }
        Accounts.add(c, new Account(name, new BCryptPasswordEncoder().encode(password.get()), unit, role, true));
        String unitName = units.all().stream().filter(u -> u.code().equals(unit)).reduce((a, b) -> b).orElseThrow().name();
        System.out.println("Đã tạo tài khoản " + name + " (" + role.labelVi() + ", " + unitName + ").");
        return 0;
    }

    private static final class PasswordsDiffer extends Exception {
    }

    private static Optional<String> password(Arguments args) throws PasswordsDiffer {
        try {
            Optional<String> given = args.option("--password");
            if (given.isPresent()) {
                System.err.println("Lưu ý: mật khẩu ghi trên dòng lệnh có thể bị người khác trên máy xem được (danh sách tiến trình, "
                        + "lịch sử lệnh). Lần sau nên để lệnh hỏi mật khẩu, hoặc dùng --password-file.");
                return given;
            }
            Optional<String> file = args.option("--password-file");
            if (file.isPresent()) {
                return Files.readAllLines(Path.of(file.get()), StandardCharsets.UTF_8).stream().findFirst();
            }
            Console console = System.console();
            if (console != null) {
                char[] typed = console.readPassword("Mật khẩu: ");
                if (typed == null) return Optional.empty();
                char[] again = console.readPassword("Nhập lại mật khẩu: ");
                if (again == null || !Arrays.equals(typed, again)) throw new PasswordsDiffer();
                return Optional.of(new String(typed));
            }
            return Optional.ofNullable(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static int list(Connection c) throws SQLException {
        System.out.println("tài khoản,đơn vị,vai trò,trạng thái");
        for (Account a : Accounts.list(c)) {
            System.out.println(a.username() + "," + a.unitCode() + "," + a.role().code() + "," + (a.enabled() ? "đang dùng" : "đã khóa"));
        }
        return 0;
    }

    private static int disable(Connection c, Arguments args) throws Arguments.UsageException, SQLException {
        if (args.positional().size() != 2) throw new Arguments.UsageException(USAGE);
        if (!Accounts.disable(c, args.positional().get(1))) {
            System.err.println("Không có tài khoản " + args.positional().get(1) + ".");
            return 1;
        }
        System.out.println("Đã khóa tài khoản " + args.positional().get(1) + ".");
        return 0;
    }
}
