package vn.ntp.warehouse.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import vn.ntp.warehouse.fixtures.AnnexWorkbooks;
import vn.ntp.warehouse.fixtures.Source;
import vn.ntp.warehouse.reference.UnitMaster;

/** An inbox of commune Biểu 01 reports, one per real commune of Lai Châu (old list), in đồng. */
final class CommuneInbox {
    private CommuneInbox() {
    }

    static List<UnitMaster.Unit> communesOfLaiChau(int count) {
        UnitMaster units = UnitMaster.load(Path.of("jobs", "reference"));
        return units.all().stream()
                .filter(u -> "xa".equals(u.level()) && "12".equals(u.provinceCode()) && u.validTo() != null)
                .sorted(java.util.Comparator.comparing(UnitMaster.Unit::code))
                .limit(count)
                .toList();
    }

    /** Commune i allocates (i + 1) × 100 million to Dự án 2 and disburses half of it. */
    static void write(Path inbox, int count) throws IOException {
        List<UnitMaster.Unit> communes = communesOfLaiChau(count);
        for (int i = 0; i < communes.size(); i++) {
            UnitMaster.Unit c = communes.get(i);
            AnnexWorkbooks.budget(c.name() + ", tỉnh Lai Châu").unit("Đồng").unitCode(c.code())
                    .timestamp(Instant.parse("2024-07-01T00:00:00Z").plusSeconds(i))
                    .section("A", "VỐN KẾ HOẠCH NĂM 2024")
                    .project("2", "Dự án 2: Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo")
                    .allocated(Source.NSTW_SN, (i + 1) * 100).disbursed(Source.NSTW_SN, (i + 1) * 50)
                    .writeXlsx(inbox, "xa-" + c.code() + ".xlsx");
        }
    }

    /** The first {@code count} communes of the old list, all provinces, by code. */
    static List<UnitMaster.Unit> communesOfTheCountry(int count) {
        UnitMaster units = UnitMaster.load(Path.of("jobs", "reference"));
        return units.all().stream()
                .filter(u -> "xa".equals(u.level()) && u.validTo() != null)
                .sorted(java.util.Comparator.comparing(UnitMaster.Unit::code))
                .limit(count)
                .toList();
    }

    /** As {@link #write}, one report per commune of the whole country (for inboxes larger than Lai Châu). */
    static void writeNational(Path inbox, int count) throws IOException {
        List<UnitMaster.Unit> communes = communesOfTheCountry(count);
        for (int i = 0; i < communes.size(); i++) {
            UnitMaster.Unit c = communes.get(i);
            AnnexWorkbooks.budget(c.name() + ", " + c.provinceName()).unit("Đồng").unitCode(c.code())
                    .timestamp(Instant.parse("2024-07-01T00:00:00Z").plusSeconds(i))
                    .section("A", "VỐN KẾ HOẠCH NĂM 2024")
                    .project("2", "Dự án 2: Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo")
                    .allocated(Source.NSTW_SN, (i + 1) * 100).disbursed(Source.NSTW_SN, (i + 1) * 50)
                    .writeXlsx(inbox, "xa-" + c.code() + ".xlsx");
        }
    }

    /** One commune's Biểu 01 for the year 2023: a home that already holds another lake partition. */
    static void writeNational2023(Path inbox) throws IOException {
        UnitMaster.Unit c = communesOfTheCountry(1).get(0);
        Files.createDirectories(inbox);
        AnnexWorkbooks.budget(c.name() + ", " + c.provinceName()).period("Năm 2023").unit("Đồng").unitCode(c.code())
                .timestamp(Instant.parse("2024-01-10T00:00:00Z"))
                .section("A", "VỐN KẾ HOẠCH NĂM 2023")
                .project("2", "Dự án 2: Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo")
                .allocated(Source.NSTW_SN, 700).disbursed(Source.NSTW_SN, 300)
                .writeXlsx(inbox, "xa-" + c.code() + "-2023.xlsx");
    }

    /** Σ (i + 1) × 100 for i < count. */
    static long totalAllocated(int count) {
        return 100L * count * (count + 1) / 2;
    }
}
