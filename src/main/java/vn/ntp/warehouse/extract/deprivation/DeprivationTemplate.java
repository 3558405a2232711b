package vn.ntp.warehouse.extract.deprivation;

import java.util.List;
import java.util.Map;

import vn.ntp.warehouse.extract.template.AnnexTemplate;
import vn.ntp.warehouse.extract.template.FamilyTemplate;

/** {@code jobs/templates/bieu03-deprivation.yaml}: the Biểu 03 descriptor (see the file's comments). */
public record DeprivationTemplate(String family, String formCode, String defaultProgram,
                                  AnnexTemplate.Metadata metadata, AnnexTemplate.Header header,
                                  Columns columns, Rows rows) implements FamilyTemplate {

    public static final String FAMILY = "deprivation";

    public record Columns(Map<String, List<String>> householdGroup, List<String> rate) {
    }

    public record Rows(List<String> base, List<String> skip) {
    }
}
