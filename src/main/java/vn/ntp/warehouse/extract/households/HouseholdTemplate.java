package vn.ntp.warehouse.extract.households;

import java.util.List;
import java.util.Map;

import vn.ntp.warehouse.extract.template.AnnexTemplate;
import vn.ntp.warehouse.extract.template.FamilyTemplate;

/** {@code jobs/templates/bieu02-households.yaml}: the Biểu 02 descriptor (see the file's comments). */
public record HouseholdTemplate(String family, String formCode, String defaultProgram,
                                AnnexTemplate.Metadata metadata, AnnexTemplate.Header header,
                                Columns columns, Rows rows) implements FamilyTemplate {

    public static final String FAMILY = "households";

    public record Columns(Map<String, List<String>> measure, Map<String, List<String>> stage, List<String> rate,
                          Map<String, String> ratedMeasures, List<String> stageless, List<String> counts) {
    }

    public record Rows(List<String> total, List<String> skip) {
    }
}
