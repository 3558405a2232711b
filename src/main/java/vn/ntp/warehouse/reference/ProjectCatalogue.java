package vn.ntp.warehouse.reference;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.ntp.warehouse.text.VietnameseText;

/**
 * The programs, projects, sub-projects and content lines of {@code projects.csv}, and the
 * matching of the labels that report annexes write for them.
 */
public final class ProjectCatalogue {
    public static final String FILE_NAME = "projects.csv";
    private static final int MIN_PREFIX_KEY_LENGTH = 8;

    /** One line of the catalogue; {@code level} is program, project, subproject or content. */
    public record Project(String programCode, String code, String parentCode, String level, String ordinal,
                          String nameVi, List<String> aliases) {
        public Project {
            aliases = List.copyOf(aliases);
        }
    }

    private final Map<String, Project> byCode;
    /** program code -> folded name or alias -> lines that carry it. */
    private final Map<String, Map<String, List<Project>>> byFoldedName;

    private ProjectCatalogue(List<Project> projects) {
        Map<String, Project> codes = new LinkedHashMap<>();
        Map<String, Map<String, List<Project>>> names = new HashMap<>();
        for (Project p : projects) {
            if (codes.put(p.code(), p) != null) {
                throw new IllegalStateException("Duplicate project code in " + FILE_NAME + ": " + p.code());
            }
            var programNames = names.computeIfAbsent(p.programCode(), k -> new HashMap<>());
            List<String> labels = new ArrayList<>(p.aliases());
            labels.add(p.nameVi());
            for (String label : labels) {
                String key = VietnameseText.fold(label);
                if (!key.isEmpty()) programNames.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
            }
        }
        this.byCode = Collections.unmodifiableMap(codes);
        this.byFoldedName = names;
    }

    /** Reads {@code projects.csv} from the reference directory ({@code jobs/reference}). */
    public static ProjectCatalogue load(Path referenceDir) {
        var table = ReferenceCsv.read(referenceDir.resolve(FILE_NAME), "program_code", "project_code",
                "parent_code", "project_level", "ordinal", "name_vi", "aliases");
        List<Project> projects = table.rows().stream().map(r -> new Project(table.value(r, "program_code"), table.value(r, "project_code"),
                table.value(r, "parent_code"), table.value(r, "project_level"), table.value(r, "ordinal"), table.value(r, "name_vi"),
                ReferenceCsv.splitAliases(table.value(r, "aliases")))).toList();
        return new ProjectCatalogue(projects);
    }

    public List<Project> all() {
        return List.copyOf(byCode.values());
    }

    public Optional<Project> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /**
     * The line a label stands for within a program. Numbers in the label win ("TDA 2 (Dự án 4)" is
     * GNBV.DA4.TDA2 wherever it appears); a sub-project or content label that names no project
     * ("Tiểu dự án 2:", "Nội dung 1") is resolved under {@code parentContext}, the project or
     * sub-project of the rows above it (a sibling works too: its parent is used). A label without
     * numbers is matched on the official name or an alias. Empty when nothing fits.
     */
    public Optional<Project> match(String programCode, String label, Project parentContext) {
        if (programCode == null || label == null) return Optional.empty();
        ProjectLabel parsed = ProjectLabel.parse(label);
        if (parsed.namesANumber()) return matchNumbered(programCode, parsed, parentContext);
        return matchByName(programCode, parsed.foldedText(), parentContext);
    }

    /**
     * As {@link #match}, but a label whose sub-project or content is not in the catalogue ("Dự án 1 -
     * Nội dung 2" of a program whose Dự án 1 has no contents) gives the nearest line it names that
     * is: its sub-project, else its project. Empty when not even the project is known.
     */
    public Optional<Project> matchNearest(String programCode, String label, Project parentContext) {
        Optional<Project> exact = match(programCode, label, parentContext);
        if (exact.isPresent() || programCode == null || label == null) return exact;
        ProjectLabel parsed = ProjectLabel.parse(label);
        if (parsed.project() == null) return Optional.empty();
        String projectCode = programCode + ".DA" + parsed.project();
        if (parsed.subproject() != null) {
            Optional<Project> subproject = byCode(projectCode + ".TDA" + parsed.subproject());
            if (subproject.isPresent()) return subproject;
        }
        return byCode(projectCode);
    }

    /** The program a title names: "giảm nghèo bền vững" is GNBV; "đồng bào dân tộc thiểu số và miền núi" or "DTTS" is DTTS. */
    public Optional<String> programOf(String titleText) {
        return ProgramTitle.programOf(titleText);
    }

    private Optional<Project> matchNumbered(String programCode, ProjectLabel label, Project context) {
        String projectCode = label.project() != null
                ? programCode + ".DA" + label.project()
                : enclosingCode(context, "project");
        if (projectCode == null || !projectCode.startsWith(programCode + ".")) return Optional.empty();
        if (label.subproject() == null && label.content() == null) return byCode(projectCode);

        String ownerCode = projectCode;
        if (label.subproject() != null) {
            ownerCode = projectCode + ".TDA" + label.subproject();
            if (label.content() == null) return byCode(ownerCode);
        } else if (label.project() == null) {
            String subprojectContext = enclosingCode(context, "subproject");
            if (subprojectContext != null && byCode.containsKey(subprojectContext + ".ND" + label.content())) {
                return byCode(subprojectContext + ".ND" + label.content());
            }
        }
        return byCode(ownerCode + ".ND" + label.content());
    }

    /** The code of the context itself or of its ancestor at the given level, or null. */
    private String enclosingCode(Project context, String level) {
        Project p = context;
        while (p != null && !p.level().equals(level)) {
            p = p.parentCode().isEmpty() ? null : byCode.get(p.parentCode());
        }
        return p == null ? null : p.code();
    }

    private Optional<Project> matchByName(String programCode, String folded, Project context) {
        var names = byFoldedName.getOrDefault(programCode, Map.of());
        List<Project> candidates = names.get(folded);
        if (candidates == null) {
            candidates = names.entrySet().stream()
                    .filter(e -> e.getKey().length() >= MIN_PREFIX_KEY_LENGTH && folded.startsWith(e.getKey() + " "))
                    .max(Comparator.comparingInt(e -> e.getKey().length()))
                    .map(Map.Entry::getValue).orElse(List.of());
        }
        if (candidates.size() <= 1) return candidates.stream().findFirst();
        return candidates.stream().max(Comparator.comparingInt((Project p) -> closeness(p, context))
                .thenComparing(Comparator.comparingInt((Project p) -> p.code().length()).reversed()));
    }

    /** How near a candidate sits to the context: under it or beside it is nearer than elsewhere. */
    private int closeness(Project candidate, Project context) {
        if (context == null) return 0;
        if (candidate.parentCode().equals(context.code())) return 3;
        if (candidate.parentCode().equals(context.parentCode())) return 2;
        return candidate.code().startsWith(context.code() + ".") ? 1 : 0;
    }
}
