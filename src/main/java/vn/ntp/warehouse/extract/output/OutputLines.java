package vn.ntp.warehouse.extract.output;

import java.util.Optional;

import vn.ntp.warehouse.extract.template.LabelSet;
import vn.ntp.warehouse.text.VietnameseText;
import vn.ntp.warehouse.reference.ProjectCatalogue;
import vn.ntp.warehouse.reference.ProjectCatalogue.Project;

/**
 * Tells which project a Biểu 04 line reports on. A label names it ("Dự án 5: Hỗ trợ nhà ở",
 * "Dự án 1 - Nội dung 2: Hỗ trợ nhà ở"; a content or sub-project the catalogue lacks falls back to
 * its project, the label is kept as typed); a line with an empty label belongs to the project of
 * the lines above it (an indicator listed under its project's heading).
 */
final class OutputLines {
    /** A line's project (null when unknown) and the project label as typed. */
    record Owner(Project project, String label, boolean known) {
        String code() {
            return project == null ? null : project.code();
        }
    }

    private final LabelSet total;
    private final LabelSet skip;
    private final ProjectCatalogue projects;
    private final String programCode;
    private Project context;
    private String contextLabel = "";

    OutputLines(OutputTemplate.Rows rows, ProjectCatalogue projects, String programCode) {
        this.total = LabelSet.of("total", rows.total());
        this.skip = LabelSet.of("skip", rows.skip());
        this.projects = projects;
        this.programCode = programCode;
    }

    /** Empty for lines that carry no output of their own (totals, "Trong đó:"). */
    Optional<Owner> owner(String label) {
        String folded = VietnameseText.fold(label);
        if (!folded.isEmpty() && (total.startsWith(folded) || skip.startsWith(folded))) return Optional.empty();
        if (folded.isEmpty()) return Optional.of(new Owner(context, contextLabel, context != null));
        Optional<Project> project = projects.matchNearest(programCode, label, context);
        if (project.isEmpty()) return Optional.of(new Owner(null, label, false));
        if (!"content".equals(project.get().level())) context = project.get();
        contextLabel = label;
        return Optional.of(new Owner(project.get(), label, true));
    }
}
