package vn.ntp.warehouse.extract.output;

import java.util.List;
import java.util.Map;

import vn.ntp.warehouse.extract.template.AnnexTemplate;
import vn.ntp.warehouse.extract.template.FamilyTemplate;

/** {@code jobs/templates/bieu04-output.yaml}: the Biểu 04 descriptor (see the file's comments). */
public record OutputTemplate(String family, String formCode, String defaultProgram,
                             AnnexTemplate.Metadata metadata, AnnexTemplate.Header header,
                             Columns columns, Rows rows) implements FamilyTemplate {

    public static final String FAMILY = "output";

    public record Columns(List<String> indicator, List<String> unitOfMeasure, Map<String, List<String>> measure,
                          List<String> money) {
    }

    public record Rows(List<String> total, List<String> skip) {
    }
}
