package vn.ntp.warehouse.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import vn.ntp.warehouse.portal.account.Account;
import vn.ntp.warehouse.portal.account.PortalUser;
import vn.ntp.warehouse.portal.account.Role;
import vn.ntp.warehouse.portal.web.UnitScope;
import vn.ntp.warehouse.reference.UnitMaster;

/** Issue 12, item 2 and 6: who reads, sends and approves what, on the real unit master (both list versions). */
class UnitScopeTest {
    private static final UnitScope SCOPE = new UnitScope(UnitMaster.load(Path.of("jobs/reference")));

    private static PortalUser user(String unit, Role role) {
        return new PortalUser(new Account("u", "x", unit, role, true));
    }

    @Test
    void aDistrictOfficerReadsAndSendsForTheDistrictAndItsCommunesAndApprovesItsCommunesOnly() {
        PortalUser phongTho = user("109", Role.DON_VI);

        assertThat(SCOPE.canSend(phongTho, "109")).isTrue();
        assertThat(SCOPE.canSend(phongTho, "03574")).as("Xã Ma Ly Pho").isTrue();
        assertThat(SCOPE.canRead(phongTho, "106")).as("Huyện Tam Đường").isFalse();
        assertThat(SCOPE.canSend(phongTho, "12")).as("the province").isFalse();
        assertThat(SCOPE.canApprove(phongTho, "03574")).isTrue();
        assertThat(SCOPE.canApprove(phongTho, "109")).as("never its own figures").isFalse();
        assertThat(SCOPE.canApprove(phongTho, "106")).isFalse();
    }

    @Test
    void aCommuneOfficerSendsForItsCommuneAndApprovesNothing() {
        PortalUser maLyPho = user("03574", Role.DON_VI);

        assertThat(SCOPE.canSend(maLyPho, "03574")).isTrue();
        assertThat(SCOPE.canRead(maLyPho, "109")).isFalse();
        assertThat(SCOPE.canApprove(maLyPho, "03574")).isFalse();
    }

    @Test
    void aProvinceOfficerCoversEverythingUnderTheProvinceInBothListsAndNothingElse() {
        PortalUser laiChau = user("12", Role.TINH);

        assertThat(SCOPE.canApprove(laiChau, "109")).isTrue();
        assertThat(SCOPE.canApprove(laiChau, "03574")).isTrue();
        assertThat(SCOPE.canSend(laiChau, "03388")).as("Phường Đoàn Kết, under the province since 1 July 2025").isTrue();
        assertThat(SCOPE.canRead(laiChau, "01")).as("Hà Nội").isFalse();
        assertThat(SCOPE.subtree("12")).contains("12", "109", "106", "03574", "03388").doesNotContain("01");
        // an officer whose account names a district of the province still covers the whole province
        assertThat(SCOPE.canRead(user("106", Role.TINH), "03574")).isTrue();
    }

    @Test
    void anAnalystReadsEveryUnitAndSendsNothingAnAdministratorReadsNoFigures() {
        PortalUser analyst = user("12", Role.PHAN_TICH);
        PortalUser admin = user("12", Role.QUAN_TRI);

        assertThat(SCOPE.canRead(analyst, "01")).isTrue();
        assertThat(SCOPE.canSend(analyst, "12")).isFalse();
        assertThat(SCOPE.canApprove(analyst, "109")).isFalse();
        assertThat(SCOPE.canRead(admin, "12")).isFalse();
        assertThat(SCOPE.canSend(admin, "12")).isFalse();
    }
}
