package vn.ntp.warehouse.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.ntp.warehouse.reference.ProjectCatalogue.Project;

class ProjectCatalogueTest {
    private static ProjectCatalogue catalogue;

    @BeforeAll
    static void load() {
        catalogue = ProjectCatalogue.load(Path.of("jobs/reference"));
    }

    private static Project project(String code) {
        return catalogue.byCode(code).orElseThrow();
    }

    private static String match(String program, String label, String contextCode) {
        Project context = contextCode == null ? null : project(contextCode);
        return catalogue.match(program, label, context).map(Project::code).orElse("none");
    }

    @Test
    void everyProjectOfBothProgramsIsCatalogued() {
        for (int n = 1; n <= 7; n++) assertThat(catalogue.byCode("GNBV.DA" + n)).isPresent();
        for (int n = 1; n <= 10; n++) assertThat(catalogue.byCode("DTTS.DA" + n)).isPresent();
        assertThat(catalogue.all().stream().filter(p -> p.level().equals("project")).count()).isEqualTo(17);
        assertThat(catalogue.all().stream().filter(p -> p.level().equals("program")).map(Project::code))
                .containsExactly("GNBV", "DTTS");
        assertThat(catalogue.all().stream().filter(p -> p.programCode().equals("GNBV") && p.level().equals("subproject"))
                .map(Project::code)).containsExactly("GNBV.DA1.TDA1", "GNBV.DA1.TDA2", "GNBV.DA3.TDA1", "GNBV.DA3.TDA2",
                "GNBV.DA4.TDA1", "GNBV.DA4.TDA2", "GNBV.DA4.TDA3", "GNBV.DA6.TDA1", "GNBV.DA6.TDA2",
                "GNBV.DA7.TDA1", "GNBV.DA7.TDA2");
        assertThat(project("GNBV.DA4.TDA2").nameVi()).isEqualTo("Hỗ trợ người lao động đi làm việc ở nước ngoài theo hợp đồng");
        assertThat(project("DTTS.DA1.ND2").level()).isEqualTo("content");
        assertThat(project("DTTS.DA1.ND2").parentCode()).isEqualTo("DTTS.DA1");
    }

    @Test
    void everyParentCodeNamesACataloguedLine() {
        for (Project p : catalogue.all()) {
            if (!p.level().equals("program")) assertThat(catalogue.byCode(p.parentCode())).as(p.code()).isPresent();
        }
    }

    @ParameterizedTest(name = "{1} under {2} is {3}")
    @CsvSource(nullValues = "null", value = {
            "GNBV, 'Dự án 1: Hỗ trợ đầu tư phát triển hạ tầng kinh tế - xã hội các huyện nghèo', null, GNBV.DA1",
            "GNBV, DA1, null, GNBV.DA1",
            "GNBV, DA 4, null, GNBV.DA4",
            "GNBV, 'Dự án 1 -', null, GNBV.DA1",
            "GNBV, '1. Dự án 1', null, GNBV.DA1",
            "GNBV, 'DỰ ÁN 7: NÂNG CAO NĂNG LỰC', null, GNBV.DA7",
            "GNBV, 'Tiểu dự án 2:', GNBV.DA4, GNBV.DA4.TDA2",
            "GNBV, TDA2, GNBV.DA4, GNBV.DA4.TDA2",
            "GNBV, 'Tiểu DA 2', GNBV.DA4, GNBV.DA4.TDA2",
            "GNBV, 'Tiểu DA2', GNBV.DA3, GNBV.DA3.TDA2",
            "GNBV, 'TDA 2 (Dự án 4)', null, GNBV.DA4.TDA2",
            "GNBV, 'TDA 2 (Dự án 4)', GNBV.DA7, GNBV.DA4.TDA2",
            "GNBV, '1.2 Tiểu dự án 2: Hỗ trợ một số huyện nghèo', GNBV.DA1, GNBV.DA1.TDA2",
            "GNBV, 'Tiểu dự án 3', GNBV.DA4.TDA2, GNBV.DA4.TDA3",
            "GNBV, 'Dự án 1 – Tiểu dự án 1 (SN)', null, GNBV.DA1.TDA1",
            "GNBV, 'Tiểu dự án 2', null, none",
            "GNBV, 'Tiểu dự án 3', GNBV.DA1, none",
            "GNBV, 'Dự án 8', null, none",
            "GNBV, 'Cải thiện dinh dưỡng', null, GNBV.DA3.TDA2",
            "GNBV, 'Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo', null, GNBV.DA2",
            "DTTS, 'Dự án 10', null, DTTS.DA10",
            "DTTS, 'Dự án 1 - Nội dung 2: Hỗ trợ nhà ở', null, DTTS.DA1.ND2",
            "DTTS, 'Nội dung số 01: Hỗ trợ đất ở', DTTS.DA1, DTTS.DA1.ND1",
            "DTTS, 'Nội dung 1', DTTS.DA3.TDA2, DTTS.DA3.TDA2.ND1",
            "DTTS, 'Nội dung 3', DTTS.DA3.TDA2.ND1, DTTS.DA3.TDA2.ND3",
            "DTTS, '- Hỗ trợ nước sinh hoạt', DTTS.DA1, DTTS.DA1.ND4",
            "DTTS, 'Tiểu dự án 4', DTTS.DA5, DTTS.DA5.TDA4",
            "DTTS, 'DA1', null, DTTS.DA1",
    })
    void labelsWrittenInManyWaysMatchTheirLine(String program, String label, String context, String expected) {
        assertThat(match(program, label, context)).isEqualTo(expected);
    }

    @Test
    void theSameNameUnderAProjectAndItsSubProjectFollowsTheContext() {
        String name = "Hỗ trợ đầu tư phát triển hạ tầng kinh tế - xã hội các huyện nghèo, các xã đặc biệt khó khăn vùng bãi ngang, ven biển và hải đảo";
        assertThat(match("GNBV", name, null)).isEqualTo("GNBV.DA1");
        assertThat(match("GNBV", name, "GNBV.DA1")).isEqualTo("GNBV.DA1.TDA1");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "null", value = {
            "'KẾT QUẢ PHÂN BỔ, GIẢI NGÂN VỐN CHƯƠNG TRÌNH MTQG GIẢM NGHÈO BỀN VỮNG NĂM 2024', GNBV",
            "'Báo cáo kết quả thực hiện Chương trình MTQG phát triển KT-XH vùng đồng bào dân tộc thiểu số và miền núi', DTTS",
            "'Tình hình giải ngân Chương trình MTQG DTTS năm 2024', DTTS",
            "'Kết quả thực hiện chương trình MTQGGN năm 2024', GNBV",
            "'Báo cáo tình hình kinh tế xã hội', null",
    })
    void theProgramIsRecognisedFromTheTitle(String title, String expected) {
        assertThat(catalogue.programOf(title).orElse(null)).isEqualTo(expected);
    }
}
