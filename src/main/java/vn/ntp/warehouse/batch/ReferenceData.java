package vn.ntp.warehouse.batch;

import java.util.List;

import vn.ntp.warehouse.extract.AnnexExtractor;
import vn.ntp.warehouse.extract.FormReader;
import vn.ntp.warehouse.extract.IdentityResolver;
import vn.ntp.warehouse.extract.budget.BudgetForm;
import vn.ntp.warehouse.extract.template.TemplateCatalog;
import vn.ntp.warehouse.extract.workbook.ReadLimits;
import vn.ntp.warehouse.extract.workbook.WorkbookReader;
import vn.ntp.warehouse.reference.ProjectCatalogue;
import vn.ntp.warehouse.reference.UnitMaster;
import vn.ntp.warehouse.validate.CheckCatalog;

/**
 * The configuration a run reads once — templates, checks, catalogues, the unit master — and the
 * extractor built from them. Loaded once per process, shared by every file.
 */
public record ReferenceData(TemplateCatalog templates, CheckCatalog checks, ProjectCatalogue projects,
                            UnitMaster units, AnnexExtractor extractor) {

    public static ReferenceData load(NtpSettings settings) {
        TemplateCatalog templates = TemplateCatalog.load(settings.templates());
        CheckCatalog checks = CheckCatalog.load(settings.rules());
        ProjectCatalogue projects = ProjectCatalogue.load(settings.reference());
        UnitMaster units = UnitMaster.load(settings.reference());
        IdentityResolver identities = new IdentityResolver(projects, units);
        List<FormReader> forms = List.of(new BudgetForm(templates.family("budget"), identities, projects, checks));
        AnnexExtractor extractor = new AnnexExtractor(new WorkbookReader(ReadLimits.DEFAULT), forms);
        return new ReferenceData(templates, checks, projects, units, extractor);
    }
}
