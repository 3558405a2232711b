package vn.ntp.warehouse.extract.deprivation;

import java.util.Optional;
import java.util.regex.Pattern;

import vn.ntp.warehouse.extract.template.LabelSet;
import vn.ntp.warehouse.text.VietnameseText;
import vn.ntp.warehouse.reference.DeprivationIndicators;
import vn.ntp.warehouse.reference.DeprivationIndicators.Indicator;

/**
 * Tells what a Biểu 03 line with figures is: the base line ("Tổng số hộ"), an indicator of the
 * catalogue (by the code in its STT, "1.1", or in its label, else by name or alias), a line to
 * skip, or an unknown label.
 */
final class DeprivationLines {
    static final String BASE = "base";
    private static final Pattern INDICATOR_STT = Pattern.compile("^[1-6]\\s*[.,]\\s*[12][.)]?$");

    sealed interface Kind {
        record Base() implements Kind {
        }

        record OfIndicator(Indicator indicator) implements Kind {
        }

        record Skipped() implements Kind {
        }

        record Unknown() implements Kind {
        }
    }

    private final LabelSet base;
    private final LabelSet skip;
    private final DeprivationIndicators indicators;

    DeprivationLines(DeprivationTemplate.Rows rows, DeprivationIndicators indicators) {
        this.base = LabelSet.of("base", rows.base());
        this.skip = LabelSet.of("skip", rows.skip());
        this.indicators = indicators;
    }

    Kind classify(String stt, String label) {
        String folded = VietnameseText.fold(label);
        if (skip.startsWith(folded)) return new Kind.Skipped();
        if (INDICATOR_STT.matcher(stt.strip()).matches()) {
            Optional<Indicator> byCode = indicators.match(stt.strip() + " " + label);
            if (byCode.isPresent()) return new Kind.OfIndicator(byCode.get());
        }
        Optional<Indicator> byLabel = indicators.match(label);
        if (byLabel.isPresent()) return new Kind.OfIndicator(byLabel.get());
        if (base.startsWith(folded)) return new Kind.Base();
        return new Kind.Unknown();
    }
}
