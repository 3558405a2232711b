package vn.ntp.warehouse.extract;

import java.util.List;
import java.util.Optional;

import vn.ntp.warehouse.extract.template.LabelSet;
import vn.ntp.warehouse.text.VietnameseText;

/**
 * One header column and its label path from the top header row down, folded: what the column
 * classifiers of the form families ask of a header. The deepest label is the most specific
 * ("Kinh phí / Kế hoạch" is a plan), any label may qualify it ("Đầu kỳ / Hộ nghèo / Tỷ lệ").
 */
public record ColumnPath(int col, List<String> folded, String headerRef) {

    public static List<ColumnPath> of(HeaderLayout layout) {
        return layout.columnPaths().entrySet().stream()
                .map(e -> new ColumnPath(e.getKey(), e.getValue().stream().map(VietnameseText::fold).toList(),
                        layout.headerRef(e.getKey())))
                .toList();
    }

    /** The key named by the deepest label that names one. */
    public Optional<String> deepest(LabelSet labels) {
        for (int i = folded.size() - 1; i >= 0; i--) {
            Optional<String> key = labels.find(folded.get(i));
            if (key.isPresent()) return key;
        }
        return Optional.empty();
    }

    /** True when some label of the path names one of the labels. */
    public boolean names(LabelSet labels) {
        return folded.stream().anyMatch(labels::matches);
    }

    /** True when some label of the path starts with one of the labels. */
    public boolean startsWith(LabelSet labels) {
        return folded.stream().anyMatch(labels::startsWith);
    }
}
