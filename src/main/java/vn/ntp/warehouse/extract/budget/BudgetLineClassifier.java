package vn.ntp.warehouse.extract.budget;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import vn.ntp.warehouse.extract.template.LabelSet;
import vn.ntp.warehouse.text.VietnameseText;
import vn.ntp.warehouse.reference.ProjectCatalogue;
import vn.ntp.warehouse.reference.ProjectCatalogue.Project;

/**
 * Tells what a row of Biểu 01 is: the grand total, a vintage section ("A. Vốn kế hoạch năm
 * 2024", "B. Vốn năm 2023 chuyển sang"), a line of the program catalogue (project, sub-project,
 * content: the sub-project is resolved under the project above it), or an unknown label.
 */
final class BudgetLineClassifier {
    private static final Pattern TOTAL_SUFFIX = Pattern.compile("^(\\s*([a-z]|[ivx]+|\\d+))*\\s*$");

    private final LabelSet total;
    private final LabelSet carryover;
    private final LabelSet current;
    private final LabelSet skip;
    private final List<String> sectionStt;
    private final ProjectCatalogue catalogue;
    private final String programCode;

    BudgetLineClassifier(BudgetTemplate.Rows rows, ProjectCatalogue catalogue, String programCode) {
        this.total = LabelSet.of("total", rows.total());
        this.carryover = LabelSet.of("carryover", rows.carryover());
        this.current = LabelSet.of("current", rows.current());
        this.skip = LabelSet.of("skip", rows.skip());
        this.sectionStt = rows.sectionStt().stream().map(VietnameseText::fold).toList();
        this.catalogue = catalogue;
        this.programCode = programCode;
    }

    record Classified(BudgetLine.Kind kind, Project project, String vintage) {
    }

    /** @return empty for lines that carry nothing ("Trong đó:", blank). */
    Optional<Classified> classify(String stt, String label, boolean hasFigures, Project context) {
        String folded = VietnameseText.fold(label);
        String foldedStt = VietnameseText.fold(stt);
        if (folded.isEmpty() && foldedStt.isEmpty()) {
            return hasFigures ? Optional.of(new Classified(BudgetLine.Kind.UNKNOWN, null, null)) : Optional.empty();
        }
        if (!hasFigures && skip.startsWith(folded)) return Optional.empty();
        Optional<String> afterTotal = total.remainderAfterPrefix(folded);
        if (afterTotal.isPresent() && TOTAL_SUFFIX.matcher(afterTotal.get()).matches()) {
            return Optional.of(new Classified(BudgetLine.Kind.TOTAL, null, null));
        }
        Optional<Project> project = catalogue.match(programCode, label, context);
        if (project.isPresent()) {
            return Optional.of(new Classified(BudgetLine.Kind.PROJECT, project.get(), null));
        }
        if (carryover.matches(folded)) {
            return Optional.of(new Classified(BudgetLine.Kind.SECTION, null, "carryover"));
        }
        if (current.matches(folded) || sectionStt.contains(foldedStt)) {
            return Optional.of(new Classified(BudgetLine.Kind.SECTION, null, "current"));
        }
        if (!hasFigures) return Optional.empty();
        return Optional.of(new Classified(BudgetLine.Kind.UNKNOWN, null, null));
    }
}
