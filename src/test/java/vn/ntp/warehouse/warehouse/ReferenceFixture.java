package vn.ntp.warehouse.warehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small copy of the reference catalogues (same headers as jobs/reference): Lai Châu, program GNBV, and the
 * 12 deprivation indicators. {@link #BAC_KAN_UNITS} adds Bắc Kạn (real codes), merged into Thái Nguyên in 2025,
 * and two more communes of Phong Thổ.
 */
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

    /** Units added by {@link #writeWithMoreUnits}: real codes of the GSO list and of the 2025 list. */
    static final String BAC_KAN_UNITS = """
            06@2008-01-01,06,Tỉnh Bắc Kạn,Tỉnh,tinh,,06,Tỉnh Bắc Kạn,2008-01-01,2025-06-30,19
            19@2008-01-01,19,Tỉnh Thái Nguyên,Tỉnh,tinh,,19,Tỉnh Thái Nguyên,2008-01-01,2025-06-30,19
            063@2008-01-01,063,Huyện Bạch Thông,Huyện,huyen,06,06,Tỉnh Bắc Kạn,2008-01-01,2025-06-30,19
            01969@2008-01-01,01969,Thị trấn Phủ Thông,Thị trấn,xa,063,06,Tỉnh Bắc Kạn,2008-01-01,2025-06-30,01969
            01975@2008-01-01,01975,Xã Vi Hương,Xã,xa,063,06,Tỉnh Bắc Kạn,2008-01-01,2025-06-30,01969
            03550@2008-01-01,03550,Xã Sì Lở Lầu,Xã,xa,109,12,Tỉnh Lai Châu,2008-01-01,2025-06-30,03562
            03553@2008-01-01,03553,Xã Mồ Sì San,Xã,xa,109,12,Tỉnh Lai Châu,2008-01-01,2025-06-30,03562
            19@2025-07-01,19,Tỉnh Thái Nguyên,Tỉnh,tinh,,19,Tỉnh Thái Nguyên,2025-07-01,,
            01969@2025-07-01,01969,Xã Phủ Thông,Xã,xa,19,19,Tỉnh Thái Nguyên,2025-07-01,,
            """;

    static final String INDICATORS = """
            indicator_code,dimension_code,dimension_name_vi,indicator_name_vi,aliases
            1.1,1,Việc làm,Việc làm,Thiếu hụt việc làm|Chỉ số việc làm
            1.2,1,Việc làm,Người phụ thuộc trong hộ gia đình,Người phụ thuộc
            2.1,2,Y tế,Dinh dưỡng,Thiếu hụt dinh dưỡng
            2.2,2,Y tế,Bảo hiểm y tế,BHYT
            3.1,3,Giáo dục,Trình độ giáo dục của người lớn,Giáo dục người lớn
            3.2,3,Giáo dục,Tình trạng đi học của trẻ em,Trẻ em đi học
            4.1,4,Nhà ở,Chất lượng nhà ở,Nhà ở chất lượng
            4.2,4,Nhà ở,Diện tích nhà ở bình quân đầu người,Diện tích nhà ở
            5.1,5,Nước sinh hoạt và vệ sinh,Nguồn nước sinh hoạt,Nước sinh hoạt
            5.2,5,Nước sinh hoạt và vệ sinh,Nhà tiêu hợp vệ sinh,Nhà tiêu
            6.1,6,Thông tin,Sử dụng dịch vụ viễn thông,Viễn thông
            6.2,6,Thông tin,Phương tiện phục vụ tiếp cận thông tin,Tiếp cận thông tin
            """;

    private ReferenceFixture() {
    }

    static Path write(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("units"));
        Files.writeString(dir.resolve("projects.csv"), PROJECTS);
        Files.writeString(dir.resolve("units/units.csv"), UNITS);
        Files.writeString(dir.resolve("deprivation_indicators.csv"), INDICATORS);
        return dir;
    }

    /** {@link #write} plus {@link #BAC_KAN_UNITS}. */
    static Path writeWithMoreUnits(Path dir) throws IOException {
        write(dir);
        Files.writeString(dir.resolve("units/units.csv"), UNITS + BAC_KAN_UNITS);
        return dir;
    }
}
