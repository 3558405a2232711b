package vn.ntp.warehouse.annex;

import java.nio.file.Path;
import java.util.List;

import vn.ntp.warehouse.reference.DeprivationIndicators;
import vn.ntp.warehouse.reference.ProjectCatalogue;
import vn.ntp.warehouse.reference.UnitMaster;

/** The reference catalogues: projects (Biểu 01, 04), deprivation indicators (Biểu 03), the unit master (names). */
record Catalogues(ProjectCatalogue projects, DeprivationIndicators indicators, UnitMaster units) {

    static Catalogues load(Path referenceDir) {
        return new Catalogues(ProjectCatalogue.load(referenceDir), DeprivationIndicators.load(referenceDir),
                UnitMaster.load(referenceDir));
    }

    /** The program's name as report titles write it. */
    static String programTitle(String programCode) {
        return switch (programCode) {
            case "GNBV" -> "CHƯƠNG TRÌNH MTQG GIẢM NGHÈO BỀN VỮNG";
            case "DTTS" -> "CHƯƠNG TRÌNH MTQG PHÁT TRIỂN KINH TẾ - XÃ HỘI VÙNG ĐỒNG BÀO DÂN TỘC THIỂU SỐ VÀ MIỀN NÚI";
            default -> "CHƯƠNG TRÌNH " + programCode;
        };
    }

    /** "Dự án 4", "Tiểu dự án 2", "Nội dung 1": how a line of the catalogue is numbered in labels. */
    static String levelWord(ProjectCatalogue.Project p) {
        return switch (p.level()) {
            case "project" -> "Dự án " + p.ordinal();
            case "subproject" -> "Tiểu dự án " + p.ordinal();
            case "content" -> "Nội dung " + p.ordinal();
            default -> p.nameVi();
        };
    }

    /** Children of a catalogue line, in catalogue order. */
    List<ProjectCatalogue.Project> children(String code) {
        return projects.all().stream().filter(p -> code.equals(p.parentCode())).toList();
    }
}
