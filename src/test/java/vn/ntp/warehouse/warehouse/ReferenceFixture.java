package vn.ntp.warehouse.warehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small copy of the reference catalogues (same headers as jobs/reference): Lai Châu, program GNBV. */
final class ReferenceFixture {

    static final String PROJECTS = """
            program_code,project_code,parent_code,project_level,ordinal,name_vi,aliases
            GNBV,GNBV,,program,,Chương trình MTQG giảm nghèo bền vững 2021–2025,
            GNBV,GNBV.DA1,GNBV,project,1,Dự án 1: Hỗ trợ đầu tư phát triển hạ tầng kinh tế - xã hội,DA1|Dự án 1
            GNBV,GNBV.DA1.TDA1,GNBV.DA1,subproject,1.1,Tiểu dự án 1: Hỗ trợ đầu tư hạ tầng huyện nghèo,TDA1|Tiểu DA 1
            GNBV,GNBV.DA1.TDA2,GNBV.DA1,subproject,1.2,Tiểu dự án 2: Hỗ trợ đầu tư hạ tầng xã đặc biệt khó khăn,TDA2|Tiểu DA 2
            GNBV,GNBV.DA2,GNBV,project,2,Dự án 2: Đa dạng hóa sinh kế,DA2|Dự án 2
            """;

    /** The old list to 2025-06-30 and a new list from 2025-07-01 that reuses codes 12 and 03430. */
    static final String UNITS = """
            unit_key,unit_code,unit_name,unit_type,unit_level,parent_code,province_code,province_name,valid_from,valid_to,successor_code
            12@2008-01-01,12,Tỉnh Lai Châu,Tỉnh,tinh,,12,Tỉnh Lai Châu,2008-01-01,2025-06-30,12
            105@2008-01-01,105,Huyện Tam Đường,Huyện,huyen,12,12,Tỉnh Lai Châu,2008-01-01,2025-06-30,
            109@2008-01-01,109,Huyện Phong Thổ,Huyện,huyen,12,12,Tỉnh Lai Châu,2008-01-01,2025-06-30,
            03430@2008-01-01,03430,Xã Mường So,Xã,xa,109,12,Tỉnh Lai Châu,2008-01-01,2025-06-30,03430
            12@2025-07-01,12,Tỉnh Lai Châu,Tỉnh,tinh,,12,Tỉnh Lai Châu,2025-07-01,,
            03430@2025-07-01,03430,Xã Phong Thổ,Xã,xa,12,12,Tỉnh Lai Châu,2025-07-01,,
            """;

    private ReferenceFixture() {
    }

    static Path write(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("units"));
        Files.writeString(dir.resolve("projects.csv"), PROJECTS);
        Files.writeString(dir.resolve("units/units.csv"), UNITS);
        return dir;
    }
}
