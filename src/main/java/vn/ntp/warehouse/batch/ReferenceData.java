package vn.ntp.warehouse.batch;

import java.util.List;

import vn.ntp.warehouse.extract.AnnexExtractor;
import vn.ntp.warehouse.extract.FormReader;
import vn.ntp.warehouse.extract.IdentityResolver;
import vn.ntp.warehouse.extract.budget.BudgetForm;
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
 * The configuration a run reads once — templates, checks, catalogues, the unit master — and the
 * extractor built from them, with one form reader per annex family (Biểu 01–04; the first that
 * recognises a sheet reads it). Loaded once per process, shared by every file.
 */
public record ReferenceData(TemplateCatalog templates, FindingCatalogue checks, ProjectCatalogue projects,
                            UnitMaster units, AnnexExtractor extractor) {

    public static ReferenceData load(NtpSettings settings) {
        TemplateCatalog templates = TemplateCatalog.load(settings.templates());
        FindingCatalogue checks = FindingCatalogue.load(settings.rules());
        ProjectCatalogue projects = ProjectCatalogue.load(settings.reference());
        UnitMaster units = UnitMaster.load(settings.reference());
        IdentityResolver identities = new IdentityResolver(projects, units);
        DeprivationIndicators indicators = DeprivationIndicators.load(settings.reference());
        List<FormReader> forms = List.of(
                new BudgetForm(templates.family("budget"), identities, projects, checks),
                new HouseholdsForm(templates.descriptor(HouseholdTemplate.FAMILY, HouseholdTemplate.class),
                        identities, units, checks),
                new DeprivationForm(templates.descriptor(DeprivationTemplate.FAMILY, DeprivationTemplate.class),
                        identities, indicators, checks),
                new OutputForm(templates.descriptor(OutputTemplate.FAMILY, OutputTemplate.class),
                        identities, projects, checks));
        AnnexExtractor extractor = new AnnexExtractor(new WorkbookReader(ReadLimits.DEFAULT), forms, checks);
        return new ReferenceData(templates, checks, projects, units, extractor);
    }
}
