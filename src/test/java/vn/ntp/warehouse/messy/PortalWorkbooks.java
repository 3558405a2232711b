package vn.ntp.warehouse.messy;

import java.io.IOException;
import java.nio.file.Path;

import vn.ntp.warehouse.fixtures.BudgetWorkbookBuilder;

/** The messy corpus and hostile files, opened to the portal's tests (they live in another package). */
public final class PortalWorkbooks {
    private PortalWorkbooks() {
    }

    /** Phong Thổ's Biểu 01 with three cached formula errors (I13 #VALUE!, E14 #REF!, H16 #DIV/0!). */
    public static Path cachedErrors(Path dir, String name) throws IOException {
        return MessyCorpus.cachedErrors().writeXlsx(dir, name);
    }

    /** Phong Thổ's clean Biểu 01 (district 109, GNBV, 6 tháng đầu năm 2024). */
    public static BudgetWorkbookBuilder phongTho() {
        return MessyCorpus.phongTho();
    }

    /** Tam Đường's Biểu 01 (district 106). */
    public static BudgetWorkbookBuilder tamDuong() {
        return MessyCorpus.tamDuong();
    }

    public static Path zipBomb(Path file) throws IOException {
        return HostileFiles.zipBomb(file);
    }

    public static Path externalEntity(Path file) throws IOException {
        return HostileFiles.externalEntity(file);
    }

    public static Path html(Path file) throws IOException {
        return HostileFiles.html(file);
    }
}
