package vn.ntp.warehouse.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.ntp.warehouse.text.VietnameseText;
import vn.ntp.warehouse.reference.UnitMaster.MatchResult;
import vn.ntp.warehouse.reference.UnitMaster.Unit;

class UnitMasterTest {
    private static final LocalDate YEAR_2024 = LocalDate.of(2024, 12, 31);
    private static final LocalDate AFTER_REORGANIZATION = LocalDate.of(2025, 9, 30);
    private static UnitMaster units;

    @BeforeAll
    static void load() {
        long start = System.nanoTime();
        units = UnitMaster.load(Path.of("jobs/reference"));
        System.out.printf("UnitMaster: %d units loaded in %d ms%n", units.size(), (System.nanoTime() - start) / 1_000_000);
    }

    private static String matchedKey(String text, LocalDate asOf) {
        MatchResult result = units.match(text, asOf);
        return result instanceof MatchResult.Matched matched ? matched.unit().unitKey() : result.getClass().getSimpleName();
    }

    private static long count(String level, LocalDate asOf) {
        return units.all().stream().filter(u -> u.level().equals(level) && u.validOn(asOf)).count();
    }

    @Test
    void bothNationalListsAreComplete() {
        assertThat(count("tinh", YEAR_2024)).isEqualTo(63);
        assertThat(count("huyen", YEAR_2024)).isEqualTo(705);
        assertThat(count("xa", YEAR_2024)).isEqualTo(10_599);
        assertThat(count("tinh", AFTER_REORGANIZATION)).isEqualTo(34);
        assertThat(count("huyen", AFTER_REORGANIZATION)).isZero();
        assertThat(count("xa", AFTER_REORGANIZATION)).isEqualTo(3_321);
    }

    @Test
    void phongThoDistrictIsInLaiChauAndStaysThere() {
        Unit phongTho = units.byCode("109", YEAR_2024).orElseThrow();
        assertThat(phongTho.name()).isEqualTo("Huyện Phong Thổ");
        assertThat(phongTho.type()).isEqualTo("Huyện");
        assertThat(phongTho.parentCode()).isEqualTo("12");
        assertThat(phongTho.provinceName()).isEqualTo("Tỉnh Lai Châu");
        assertThat(phongTho.successorCode()).isEqualTo("12");
        assertThat(units.children(phongTho.unitKey())).hasSize(17).extracting(Unit::name).contains("Xã Ma Ly Pho");
        assertThat(units.byCode("109", AFTER_REORGANIZATION)).isEmpty();
    }

    @Test
    void codesReusedAcrossListsAreTwoVersions() {
        assertThat(units.byCode("00004", YEAR_2024).orElseThrow().name()).isEqualTo("Phường Trúc Bạch");
        assertThat(units.byCode("00004", AFTER_REORGANIZATION).orElseThrow().name()).isEqualTo("Phường Ba Đình");
        assertThat(units.byCode("00004", AFTER_REORGANIZATION).orElseThrow().unitKey()).isEqualTo("00004@2025-07-01");
    }

    @Test
    void newCommunesSitDirectlyUnderTheirProvince() {
        Unit phongThoCommune = units.byCode("03549", AFTER_REORGANIZATION).orElseThrow();
        assertThat(phongThoCommune.name()).isEqualTo("Xã Phong Thổ");
        assertThat(phongThoCommune.parentCode()).isEqualTo("12");
        assertThat(units.children("12@2025-07-01")).extracting(Unit::code).contains("03549");
        assertThat(units.successors("03574@2008-01-01")).extracting(Unit::unitKey).containsExactly("03549@2025-07-01");
    }

    @Test
    void bachThongDistrictOfBacKanWentToThaiNguyen() {
        Unit bachThong = units.byCode("063", YEAR_2024).orElseThrow();
        assertThat(bachThong.name()).isEqualTo("Huyện Bạch Thông");
        assertThat(bachThong.provinceName()).isEqualTo("Tỉnh Bắc Kạn");
        Unit thaiNguyen = units.byCode(bachThong.successorCode(), AFTER_REORGANIZATION).orElseThrow();
        assertThat(thaiNguyen.name()).isEqualTo("Tỉnh Thái Nguyên");
        assertThat(units.byCode("06", YEAR_2024).orElseThrow().successorCode()).isEqualTo("19");
    }

    @Test
    void everyOldProvinceHasASuccessorAmongTheNewOnes() {
        Set<String> newProvinces = units.all().stream()
                .filter(u -> u.level().equals("tinh") && u.validOn(AFTER_REORGANIZATION))
                .map(Unit::code).collect(Collectors.toSet());
        var oldProvinces = units.all().stream().filter(u -> u.level().equals("tinh") && u.validOn(YEAR_2024)).toList();
        assertThat(oldProvinces).hasSize(63).allSatisfy(p -> assertThat(newProvinces).contains(p.successorCode()));
        assertThat(oldProvinces.stream().map(Unit::successorCode).distinct()).hasSize(34);
    }

    @ParameterizedTest(name = "{0} as of {1} is {2}")
    @CsvSource({
            "'Huyện Phong Thổ, tỉnh Lai Châu', 2024-12-31, 109@2008-01-01",
            "'huyen phong tho, tinh lai chau', 2024-12-31, 109@2008-01-01",
            "'Phong Tho - Lai Chau', 2024-12-31, 109@2008-01-01",
            "'HUYỆN PHONG THỔ', 2024-12-31, 109@2008-01-01",
            "'UBND huyện Phong Thổ', 2024-12-31, 109@2008-01-01",
            "'Đơn vị báo cáo: UBND huyện Phong Thổ', 2024-12-31, 109@2008-01-01",
            "'Huyện Phong Thổ tỉnh Lai Châu', 2024-12-31, 109@2008-01-01",
            "'UBND xã Ma Li Pho, huyện Phong Thổ', 2024-12-31, 03574@2008-01-01",
            "'Xã Ma Ly Pho, huyện Phong Thổ, tỉnh Lai Châu', 2024-12-31, 03574@2008-01-01",
            "'xa ma ly pho - phong tho', 2024-12-31, 03574@2008-01-01",
            "'Ma Ly Pho', 2024-12-31, 03574@2008-01-01",
            "'TT Phong Thổ', 2024-12-31, 03549@2008-01-01",
            "'Thị trấn Phong Thổ, huyện Phong Thổ', 2024-12-31, 03549@2008-01-01",
            "'TP Lai Châu', 2024-12-31, 105@2008-01-01",
            "'Lai Châu', 2024-12-31, 12@2008-01-01",
            "'Phong Thổ', 2024-12-31, 109@2008-01-01",
            "'Thành phố Lai Châu, tỉnh Lai Châu', 2024-12-31, 105@2008-01-01",
            "'Tỉnh Lai Châu', 2024-12-31, 12@2008-01-01",
            "'Tỉnh Lai Châu', 2025-09-30, 12@2025-07-01",
            "'Xã Phong Thổ, tỉnh Lai Châu', 2025-09-30, 03549@2025-07-01",
            "'Huyện Phong Thổ', 2025-09-30, 109@2008-01-01",
            "'Huyện Quan Hóa, tỉnh Thanh Hóa', 2024-12-31, 385@2008-01-01",
            "'Quan Hoa - Thanh Hoa', 2024-12-31, 385@2008-01-01",
            "'Huyện Châu Thành, tỉnh Bến Tre', 2024-12-31, 831@2008-01-01",
            "'Chau Thanh, Tra Vinh', 2024-12-31, 847@2008-01-01",
            "'TP HCM', 2024-12-31, 79@2008-01-01",
            "'Quận 1, TP Hồ Chí Minh', 2024-12-31, 760@2008-01-01",
    })
    void reportingUnitTextsResolveToOneUnit(String text, LocalDate asOf, String expectedKey) {
        assertThat(matchedKey(text, asOf)).isEqualTo(expectedKey);
    }

    @Test
    void aSameNameUnitWithoutItsParentIsAmbiguous() {
        MatchResult result = units.match("Huyện Châu Thành", YEAR_2024);
        assertThat(result).isInstanceOf(MatchResult.Ambiguous.class);
        assertThat(((MatchResult.Ambiguous) result).candidates()).extracting(Unit::code)
                .containsExactly("708", "808", "821", "831", "847", "877", "892", "905", "933", "942");
    }

    @Test
    void anUnknownNameIsNotFound() {
        assertThat(units.match("Huyện Không Có Thật, tỉnh Lai Châu", YEAR_2024)).isInstanceOf(MatchResult.NotFound.class);
        assertThat(units.match("", YEAR_2024)).isInstanceOf(MatchResult.NotFound.class);
    }

    @Test
    void aUnitNamedUnderTheWrongParentIsNotFoundButItsNamesakesAreReported() {
        MatchResult result = units.match("Huyện Phong Thổ, tỉnh Điện Biên", YEAR_2024);
        assertThat(result).isInstanceOf(MatchResult.NotFound.class);
        assertThat(((MatchResult.NotFound) result).sameNameElsewhere()).extracting(Unit::unitKey).containsExactly("109@2008-01-01");
    }

    @Test
    void siblingsThatDifferOnlyByToneMarksAreToldApartByTheSpellingTyped() {
        LocalDate asOf = LocalDate.of(2024, 6, 30);
        assertThat(units.match("Phường Sa Pa, thị xã Sa Pa, tỉnh Lào Cai", asOf))
                .isEqualTo(new MatchResult.Matched(units.byCode("03001", asOf).orElseThrow()));
        assertThat(units.match("Phường Sa Pả, thị xã Sa Pa, tỉnh Lào Cai", asOf))
                .isEqualTo(new MatchResult.Matched(units.byCode("03002", asOf).orElseThrow()));
        assertThat(units.match("Xã Minh Quân, huyện Trấn Yên, tỉnh Yên Bái", asOf))
                .isEqualTo(new MatchResult.Matched(units.byCode("04567", asOf).orElseThrow()));
        assertThat(units.match("Phuong Sa Pa, thi xa Sa Pa, tinh Lao Cai", asOf))
                .as("without diacritics the two stay ambiguous: a finding, not a guess")
                .isInstanceOf(MatchResult.Ambiguous.class);
    }

    @Test
    void namesWithADashAreNotSplitIntoAUnitAndItsParent() {
        LocalDate asOf = LocalDate.of(2024, 6, 30);
        MatchResult commune = units.match("Xã Phước Thuận, Huyện Xuyên Mộc, Tỉnh Bà Rịa - Vũng Tàu", asOf);
        assertThat(commune).isInstanceOf(MatchResult.Matched.class);
        assertThat(((MatchResult.Matched) commune).unit().name()).isEqualTo("Xã Phước Thuận");
        assertThat(((MatchResult.Matched) units.match("Tỉnh Bà Rịa - Vũng Tàu", asOf)).unit().level()).isEqualTo("tinh");
        assertThat(((MatchResult.Matched) units.match("Thành phố Vũng Tàu, tỉnh Bà Rịa-Vũng Tàu", asOf)).unit().level())
                .isEqualTo("huyen");
    }
}
