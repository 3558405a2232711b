package vn.ntp.warehouse.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import vn.ntp.warehouse.fixtures.AnnexWorkbooks;
import vn.ntp.warehouse.fixtures.BudgetWorkbookBuilder;
import vn.ntp.warehouse.fixtures.DeprivationWorkbookBuilder;
import vn.ntp.warehouse.fixtures.GnbvLines;
import vn.ntp.warehouse.fixtures.GnbvLines.Leaf;
import vn.ntp.warehouse.fixtures.HouseholdsWorkbookBuilder;
import vn.ntp.warehouse.fixtures.HouseholdsWorkbookBuilder.Column;
import vn.ntp.warehouse.fixtures.LegacyFont;
import vn.ntp.warehouse.fixtures.MoneyUnit;
import vn.ntp.warehouse.fixtures.Source;
import vn.ntp.warehouse.reference.UnitMaster;

/**
 * Draws the content of one planned file with the fixture builders and says what it holds: the money
 * it allocates and disburses (million VND, exact), the households it counts, the deprivation it
 * reports, and the inconsistencies injected into it (rule, file, sheet, cell).
 *
 * <p>Injected inconsistencies: a wrong "Tỷ lệ" (STATED_PCT) on a Biểu 01 leaf line, on a Biểu 02
 * commune line (poor at the start) or on a Biểu 03 indicator (poor households); or, in a Biểu 02, a
 * district total of poor households at the end that is 5 more than its communes (SUM_TOTAL_ROW; the
 * district's stated total is then what its province adds up).
 */
public final class SeasonWorkbooks {

    /** One finding the extractor must report, and only these of its rule. */
    public record InjectedFinding(String ruleCode, String sourceFile, String sheet, String cellRef) {
    }

    /**
     * What a file contributes: money (null unless Biểu 01), household counts {@code [total, poor start,
     * near-poor start, poor end, near-poor end]} (null unless Biểu 02, the district's total line), deprived
     * households per indicator {@code [poor, near-poor]} and their base (null unless Biểu 03).
     */
    public record FileFacts(SeasonPlan.PlannedFile file, BigDecimal allocated, BigDecimal disbursed, long[] households,
                            Map<String, long[]> deprived, long[] deprivationBase, List<InjectedFinding> findings) {
    }

    /** A file ready to be written, with its facts. */
    public record Rendered(FileFacts facts, Writer writer) {
        public Path write(Path inbox) throws IOException {
            Path file = inbox.resolve(facts.file().relativePath());
            String name = file.getFileName().toString();
            return writer.write(file.getParent(), name, facts.file().style().xls());
        }
    }

    @FunctionalInterface
    public interface Writer {
        Path write(Path dir, String name, boolean xls) throws IOException;
    }

    static final String BUDGET_SHEET = "Biểu 01";
    static final String HOUSEHOLDS_SHEET = "Biểu 02";
    static final String DEPRIVATION_SHEET = "Biểu 03";

    /** Dự án 5: on every Biểu 01, the line a correction changes. */
    private static final int HOUSING = 8;

    private final long seed;

    public SeasonWorkbooks(long seed) {
        this.seed = seed;
    }

    public Rendered render(SeasonPlan.PlannedFile file) {
        return switch (file.form()) {
            case BUDGET -> budget(file);
            case HOUSEHOLDS -> households(file);
            case DEPRIVATION -> deprivation(file);
        };
    }

    // ---------- Biểu 01

    private record LeafLine(String section, String stt, BigDecimal allocated, BigDecimal disbursed, boolean onlySn) {
    }

    private Rendered budget(SeasonPlan.PlannedFile f) {
        SplittableRandom r = new SplittableRandom(SeasonPlan.seed(f.seed(), "content"));
        boolean commune = f.commune();
        int year = f.year();
        BudgetWorkbookBuilder b = AnnexWorkbooks.budget(reportingUnit(f)).program("GNBV").period(f.period())
                .unit(commune ? MoneyUnit.DONG : MoneyUnit.TRIEU_DONG).unitCode(f.unit().code())
                .timestamp(f.timestamp());
        if (f.style().textNumbers()) b.numbersAsText();
        if (f.style().tcvn3()) b.legacyFont(LegacyFont.TCVN3);
        List<LeafLine> leaves = new ArrayList<>();
        BigDecimal allocated = BigDecimal.ZERO;
        BigDecimal disbursed = BigDecimal.ZERO;
        List<String[]> sections = commune
                ? List.<String[]>of(new String[] {"A", "VỐN KẾ HOẠCH NĂM " + year})
                : List.of(new String[] {"A", "VỐN KẾ HOẠCH NĂM " + year},
                        new String[] {"B", "VỐN NĂM " + (year - 1) + " CHUYỂN SANG NĂM " + year});
        for (String[] section : sections) {
            b.section(section[0], section[1]);
            String project = null;
            for (int i = 0; i < GnbvLines.LEAVES.size(); i++) {
                if (i != HOUSING && r.nextDouble() >= 0.6) continue;
                Leaf leaf = GnbvLines.LEAVES.get(i);
                project = GnbvLines.headings(b, leaf, project);
                // communes: million VND to the thousand đồng (3 decimals); districts: to the 100,000 đồng
                int scale = commune ? 3 : 1;
                BigDecimal alloc = commune ? BigDecimal.valueOf(r.nextLong(5_000, 900_000), 3)
                        : BigDecimal.valueOf(r.nextLong(1_000, 200_000), 1);
                if (f.revision() == 1 && i == HOUSING && section[0].equals("A")) {
                    alloc = alloc.add(commune ? new BigDecimal("12.345") : new BigDecimal("125.5"));
                }
                BigDecimal disb = r.nextDouble() < 0.85
                        ? alloc.multiply(BigDecimal.valueOf(r.nextInt(0, 1001), 3)).setScale(scale, RoundingMode.HALF_UP) : null;
                b.allocated(Source.NSTW_SN, alloc);
                if (disb != null) b.disbursed(Source.NSTW_SN, disb);
                BigDecimal lineAllocated = alloc;
                BigDecimal lineDisbursed = disb == null ? BigDecimal.ZERO : disb;
                boolean onlySn = true;
                if (i == 0 && r.nextDouble() < 0.3) {
                    BigDecimal dtpt = commune ? BigDecimal.valueOf(r.nextLong(100_000, 5_000_000), 3)
                            : BigDecimal.valueOf(r.nextLong(10_000, 2_000_000), 1);
                    BigDecimal dtptDisbursed = dtpt.multiply(BigDecimal.valueOf(r.nextInt(0, 1001), 3)).setScale(scale, RoundingMode.HALF_UP);
                    b.allocated(Source.NSTW_DTPT, dtpt).disbursed(Source.NSTW_DTPT, dtptDisbursed);
                    lineAllocated = lineAllocated.add(dtpt);
                    lineDisbursed = lineDisbursed.add(dtptDisbursed);
                    onlySn = false;
                }
                leaves.add(new LeafLine(section[0], leaf.stt(), lineAllocated, disb == null ? null : lineDisbursed, onlySn));
                allocated = allocated.add(lineAllocated);
                disbursed = disbursed.add(lineDisbursed);
            }
        }
        if (f.style().hiddenRow()) {
            LeafLine hidden = leaves.get(r.nextInt(leaves.size()));
            b.at(hidden.section(), hidden.stt()).hidden();
        }
        List<InjectedFinding> findings = new ArrayList<>();
        if (f.style().inconsistent()) {
            List<LeafLine> candidates = leaves.stream()
                    .filter(l -> l.onlySn() && l.disbursed() != null && l.allocated().signum() > 0).toList();
            if (!candidates.isEmpty()) {
                LeafLine line = candidates.get(r.nextInt(candidates.size()));
                BigDecimal correct = percent(line.disbursed(), line.allocated());
                b.at(line.section(), line.stt()).statedRate(wrongRate(correct).doubleValue());
                findings.add(new InjectedFinding("STATED_PCT", f.relativePath(), BUDGET_SHEET,
                        b.rateCellRef(line.section(), line.stt())));
            }
        }
        FileFacts facts = new FileFacts(f, allocated, disbursed, null, null, null, List.copyOf(findings));
        return new Rendered(facts, (dir, name, xls) -> xls ? b.writeXls(dir, name) : b.writeXlsx(dir, name));
    }

    // ---------- Biểu 02

    private Rendered households(SeasonPlan.PlannedFile f) {
        SplittableRandom r = new SplittableRandom(SeasonPlan.seed(f.seed(), "content"));
        HouseholdsWorkbookBuilder b = AnnexWorkbooks.households(reportingUnit(f)).program("GNBV").period(f.period())
                .unitCode(f.unit().code()).timestamp(f.timestamp());
        if (f.style().textNumbers()) b.numbersAsText();
        b.totalRow().target(BigDecimal.valueOf(r.nextInt(50, 400), 2).doubleValue());
        boolean inconsistent = f.style().inconsistent();
        boolean sumInconsistency = inconsistent && r.nextBoolean();
        int wrongLine = inconsistent && !sumInconsistency ? r.nextInt(f.communes().size()) : -1;
        long[] sums = new long[5];
        List<InjectedFinding> findings = new ArrayList<>();
        for (int i = 0; i < f.communes().size(); i++) {
            UnitMaster.Unit c = f.communes().get(i);
            long[] h = communeHouseholds(f.year(), f.period(), c);
            if (f.revision() == 1 && i == 0) h[3] = h[3] < h[1] ? h[3] + 1 : h[3] - 1;
            b.unit(c.name()).households(h[0]).start(h[1], h[2]).end(h[3], h[4]);
            if (i == wrongLine) {
                BigDecimal correct = percent(BigDecimal.valueOf(h[1]), BigDecimal.valueOf(h[0]));
                b.stated(Column.START_POOR_RATE, wrongRate(correct).doubleValue());
                findings.add(new InjectedFinding("STATED_PCT", f.relativePath(), HOUSEHOLDS_SHEET,
                        b.cellRef(c.name(), Column.START_POOR_RATE)));
            }
            for (int k = 0; k < 5; k++) sums[k] += h[k];
        }
        if (sumInconsistency) {
            sums[3] += 5;
            b.totalRow().stated(Column.END_POOR, sums[3]);
            findings.add(new InjectedFinding("SUM_TOTAL_ROW", f.relativePath(), HOUSEHOLDS_SHEET, b.cellRef(null, Column.END_POOR)));
        }
        FileFacts facts = new FileFacts(f, null, null, sums, null, null, List.copyOf(findings));
        return new Rendered(facts, (dir, name, xls) -> xls ? b.writeXls(dir, name) : b.writeXlsx(dir, name));
    }

    /**
     * A commune's households in a period, the same in its district's Biểu 02 and (as the base) in its own
     * Biểu 03: {@code [total, poor start, near-poor start, poor end, near-poor end]}.
     */
    long[] communeHouseholds(int year, String period, UnitMaster.Unit commune) {
        SplittableRandom r = new SplittableRandom(SeasonPlan.seed(seed, year + "|" + period + "|households|" + commune.code()));
        long total = r.nextLong(300, 4_000);
        long poorStart = Math.max(1, Math.round(total * (0.01 + 0.44 * r.nextDouble())));
        long nearStart = Math.max(1, Math.round(total * (0.02 + 0.18 * r.nextDouble())));
        long poorEnd = poorStart - r.nextLong(0, poorStart / 4 + 1);
        long nearEnd = Math.max(0, Math.min(total - poorEnd, nearStart + r.nextLong(-nearStart / 5, nearStart / 5 + 1)));
        return new long[] {total, poorStart, nearStart, poorEnd, nearEnd};
    }

    // ---------- Biểu 03

    private Rendered deprivation(SeasonPlan.PlannedFile f) {
        SplittableRandom r = new SplittableRandom(SeasonPlan.seed(f.seed(), "content"));
        long[] h = communeHouseholds(f.year(), f.period(), f.unit());
        long[] base = {h[1], h[2]};
        DeprivationWorkbookBuilder b = AnnexWorkbooks.deprivation(reportingUnit(f)).program("GNBV").period(f.period())
                .unitCode(f.unit().code()).timestamp(f.timestamp()).base(base[0], base[1]);
        if (f.style().textNumbers()) b.numbersAsText();
        Map<String, long[]> deprived = new LinkedHashMap<>();
        for (String code : INDICATORS) {
            long poor = r.nextLong(0, base[0] + 1);
            long near = r.nextLong(0, base[1] + 1);
            if (f.revision() == 1 && code.equals("1.1")) poor = poor < base[0] ? poor + 1 : poor - 1;
            b.indicator(code, poor, near);
            deprived.put(code, new long[] {poor, near});
        }
        List<InjectedFinding> findings = new ArrayList<>();
        if (f.style().inconsistent()) {
            String code = INDICATORS.get(r.nextInt(INDICATORS.size()));
            BigDecimal correct = percent(BigDecimal.valueOf(deprived.get(code)[0]), BigDecimal.valueOf(base[0]));
            b.statedRate(code, DeprivationWorkbookBuilder.Group.POOR, wrongRate(correct).doubleValue());
            findings.add(new InjectedFinding("STATED_PCT", f.relativePath(), DEPRIVATION_SHEET,
                    b.cellRef(code, DeprivationWorkbookBuilder.Group.POOR, true)));
        }
        FileFacts facts = new FileFacts(f, null, null, null, deprived, base, List.copyOf(findings));
        return new Rendered(facts, (dir, name, xls) -> xls ? b.writeXls(dir, name) : b.writeXlsx(dir, name));
    }

    /** The 12 indicators of the multidimensional poverty standard. */
    public static final List<String> INDICATORS = List.of("1.1", "1.2", "2.1", "2.2", "3.1", "3.2", "4.1", "4.2",
            "5.1", "5.2", "6.1", "6.2");

    // ---------- helpers

    /** "Xã A, huyện B, tỉnh C" / "Huyện B, tỉnh C", as units write it. */
    private static String reportingUnit(SeasonPlan.PlannedFile f) {
        String province = lowerFirst(f.province() == null ? f.unit().provinceName() : f.province().name());
        if (f.commune()) return f.unit().name() + ", " + lowerFirst(f.district().name()) + ", " + province;
        return f.unit().name() + ", " + province;
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(new Locale("vi")) + s.substring(1);
    }

    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 2, RoundingMode.HALF_UP);
    }

    /** 7.5 points off the right rate, staying within 0–100. */
    private static BigDecimal wrongRate(BigDecimal correct) {
        return correct.compareTo(BigDecimal.valueOf(50)) >= 0 ? correct.subtract(new BigDecimal("7.5"))
                : correct.add(new BigDecimal("7.5"));
    }
}
