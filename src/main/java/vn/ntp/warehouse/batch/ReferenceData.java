package vn.ntp.warehouse.batch;

import vn.ntp.warehouse.extract.AnnexExtractor;
import vn.ntp.warehouse.extract.AnnexFamilies;
import vn.ntp.warehouse.extract.template.TemplateCatalog;
import vn.ntp.warehouse.reference.DeprivationIndicators;
import vn.ntp.warehouse.reference.ProjectCatalogue;
import vn.ntp.warehouse.reference.UnitMaster;
import vn.ntp.warehouse.validate.FindingCatalogue;

/**
 * The configuration a run reads once — templates, the findings catalogue, catalogues, the unit master — and
 * the extractor built from them over the families of {@link AnnexFamilies}. Loaded once per process, shared
 * by every file.
 */
public record ReferenceData(TemplateCatalog templates, FindingCatalogue checks, ProjectCatalogue projects,
                            UnitMaster units, AnnexExtractor extractor) {

    public static ReferenceData load(NtpSettings settings) {
        TemplateCatalog templates = TemplateCatalog.load(settings.templates());
        FindingCatalogue checks = FindingCatalogue.load(settings.rules());
        ProjectCatalogue projects = ProjectCatalogue.load(settings.reference());
        UnitMaster units = UnitMaster.load(settings.reference());
        AnnexExtractor extractor = AnnexFamilies.extractor(templates, checks, projects, units,
                DeprivationIndicators.load(settings.reference()));
        return new ReferenceData(templates, checks, projects, units, extractor);
    }
}
