package vn.ntp.warehouse.extract;

import java.util.List;

import vn.ntp.warehouse.extract.budget.BudgetForm;
import vn.ntp.warehouse.extract.budget.BudgetTemplate;
import vn.ntp.warehouse.extract.deprivation.DeprivationForm;
import vn.ntp.warehouse.extract.deprivation.DeprivationTemplate;
import vn.ntp.warehouse.extract.households.HouseholdTemplate;
import vn.ntp.warehouse.extract.households.HouseholdsForm;
import vn.ntp.warehouse.extract.output.OutputForm;
import vn.ntp.warehouse.extract.output.OutputTemplate;
import vn.ntp.warehouse.extract.template.TemplateCatalog;
import vn.ntp.warehouse.extract.workbook.ReadLimits;
import vn.ntp.warehouse.extract.workbook.WorkbookReader;
import vn.ntp.warehouse.reference.DeprivationIndicators;
import vn.ntp.warehouse.reference.ProjectCatalogue;
import vn.ntp.warehouse.reference.UnitMaster;
import vn.ntp.warehouse.validate.FindingCatalogue;

/**
 * The annex families extraction knows, each a template of {@code jobs/templates/} and one reader folder of
 * {@code extract/}: Biểu 01 (budget), 02 (households), 03 (deprivation), 04 (outputs). A sheet is offered to
 * them in this order and read by the first that recognises it. A new family is one more line here (see
 * {@code docs/adding-a-family.md}); the job, {@code ./ntp validate} and the portal take the list from here.
 */
public final class AnnexFamilies {

    private AnnexFamilies() {
    }

    /** One form reader per family, built from the templates, the reference data and the findings catalogue. */
    public static List<FormReader> readers(TemplateCatalog templates, FindingCatalogue catalogue, ProjectCatalogue projects,
                                           UnitMaster units, DeprivationIndicators indicators) {
        IdentityResolver identities = new IdentityResolver(projects, units);
        return List.of(
                new BudgetForm(templates.descriptor(BudgetTemplate.FAMILY, BudgetTemplate.class), identities, projects,
                        catalogue),
                new HouseholdsForm(templates.descriptor(HouseholdTemplate.FAMILY, HouseholdTemplate.class),
                        identities, units, catalogue),
                new DeprivationForm(templates.descriptor(DeprivationTemplate.FAMILY, DeprivationTemplate.class),
                        identities, indicators, catalogue),
                new OutputForm(templates.descriptor(OutputTemplate.FAMILY, OutputTemplate.class),
                        identities, projects, catalogue));
    }

    /** The extractor over every family, with the default read limits. */
    public static AnnexExtractor extractor(TemplateCatalog templates, FindingCatalogue catalogue, ProjectCatalogue projects,
                                           UnitMaster units, DeprivationIndicators indicators) {
        return new AnnexExtractor(new WorkbookReader(ReadLimits.DEFAULT),
                readers(templates, catalogue, projects, units, indicators), catalogue);
    }
}
