package vn.ntp.warehouse.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import vn.ntp.warehouse.cli.Ntp;
import vn.ntp.warehouse.portal.account.Account;
import vn.ntp.warehouse.portal.account.Accounts;
import vn.ntp.warehouse.portal.account.StateDatabase;

/** Issue 12, item 2: ./ntp user add / list / disable, accounts in the state database with BCrypt hashes. */
class UserCommandTest {
    @TempDir
    Path home;

    private record Run(int exit, String out, String err) {
    }

    private Run ntp(String stdin, String... args) {
        PrintStream out = System.out, err = System.err;
        InputStream in = System.in;
        ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
        System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            String[] all = new String[args.length + 2];
            System.arraycopy(args, 0, all, 0, args.length);
            all[args.length] = "--home";
            all[args.length + 1] = home.toString();
            return new Run(Ntp.run(all), o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
            System.setIn(in);
        }
    }

    @Test
    void anAccountIsAddedWithAHashedPasswordFromStandardInputListedAndDisabled() throws Exception {
        Run add = ntp("bi-mat-cua-toi\n", "user", "add", "phongtho", "--unit", "109", "--role", "don-vi");

        assertThat(add.exit()).isZero();
        assertThat(add.out()).isEqualTo("Đã tạo tài khoản phongtho (Cán bộ đơn vị, Huyện Phong Thổ).\n");
        assertThat(add.out() + add.err()).doesNotContain("bi-mat-cua-toi");
        try (Connection c = StateDatabase.connect(home, List.of())) {
            Account a = Accounts.find(c, "phongtho").orElseThrow();
            assertThat(a.passwordHash()).startsWith("$2a$").doesNotContain("bi-mat");
            assertThat(new BCryptPasswordEncoder().matches("bi-mat-cua-toi", a.passwordHash())).isTrue();
            assertThat(a.unitCode()).isEqualTo("109");
            assertThat(a.enabled()).isTrue();
        }
        assertThat(ntp("", "user", "add", "laichau", "--unit", "12", "--role", "tinh", "--password-file",
                java.nio.file.Files.writeString(home.resolve("pw.txt"), "mat-khau-tinh\n").toString()).exit()).isZero();

        Run given = ntp("", "user", "add", "thanuyen", "--unit", "110", "--role", "don-vi", "--password", "mat-khau-dong-lenh");
        assertThat(given.exit()).isZero();
        assertThat(given.err()).startsWith("Lưu ý: mật khẩu ghi trên dòng lệnh có thể bị người khác trên máy xem được");
        try (Connection c = StateDatabase.connect(home, List.of())) {
            assertThat(new BCryptPasswordEncoder().matches("mat-khau-dong-lenh", Accounts.find(c, "thanuyen").orElseThrow().passwordHash())).isTrue();
        }

        assertThat(ntp("", "user", "disable", "phongtho").out()).isEqualTo("Đã khóa tài khoản phongtho.\n");
        assertThat(ntp("", "user", "list").out().lines().toList()).containsExactly(
                "tài khoản,đơn vị,vai trò,trạng thái", "laichau,12,tinh,đang dùng", "phongtho,109,don-vi,đã khóa", "thanuyen,110,don-vi,đang dùng");
    }

    @Test
    void aWrongRoleAnUnknownUnitAShortPasswordOrATakenNameIsRefused() {
        assertThat(ntp("mat-khau-123\n", "user", "add", "a1", "--unit", "109", "--role", "admin").exit()).isEqualTo(2);
        Run unknownUnit = ntp("mat-khau-123\n", "user", "add", "a2", "--unit", "99999", "--role", "don-vi");
        assertThat(unknownUnit.exit()).isEqualTo(2);
        assertThat(unknownUnit.err()).isEqualTo("Không có đơn vị mã 99999 trong danh mục đơn vị.\n");
        assertThat(ntp("ngan\n", "user", "add", "a3", "--unit", "109", "--role", "don-vi").err())
                .isEqualTo("Mật khẩu phải có ít nhất 8 ký tự.\n");
        assertThat(ntp("mat-khau-123\n", "user", "add", "a4", "--unit", "109", "--role", "don-vi").exit()).isZero();
        assertThat(ntp("mat-khau-123\n", "user", "add", "a4", "--unit", "109", "--role", "don-vi").err())
                .isEqualTo("Tài khoản a4 đã có.\n");
        assertThat(ntp("", "user", "disable", "khong-co").exit()).isEqualTo(1);
    }
}
