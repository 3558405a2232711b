package vn.ntp.warehouse.bench;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import vn.ntp.warehouse.reference.UnitMaster;

/**
 * Which files a season holds, on the real unit master: for every year and period, every commune a
 * Biểu 01 (in đồng) and a Biểu 03, every district a Biểu 02 listing its communes and a Biểu 01 (in
 * triệu đồng). With {@code --units N}, the first N communes of the old list (by code) and their
 * districts. A file's style (format, text numbers, TCVN3, hidden row, injected inconsistency) and its
 * content are drawn from a random stream keyed by the seed, year, period, form and unit code: the same
 * commune gets the same file whatever N is.
 */
public final class SeasonPlan {

    /** Forms of the season. */
    public enum Form {
        BUDGET("01"), HOUSEHOLDS("02"), DEPRIVATION("03");

        final String number;

        Form(String number) {
            this.number = number;
        }
    }

    /** How a file is typed. Hidden rows and TCVN3 apply to Biểu 01 only (the other builders have no such option). */
    public record Style(boolean xls, boolean textNumbers, boolean tcvn3, boolean hiddenRow, boolean inconsistent) {
    }

    /**
     * One workbook: {@code unit} is the commune or district that sends it; {@code communes} are the lines
     * of a district's Biểu 02. {@code revision} 1 is the corrected version of revision 0, sent later.
     */
    public record PlannedFile(int year, String period, Form form, UnitMaster.Unit unit, UnitMaster.Unit district,
                              UnitMaster.Unit province, List<UnitMaster.Unit> communes, String relativePath,
                              int revision, Instant timestamp, Style style, long seed) {

        public boolean commune() {
            return "xa".equals(unit.level());
        }

        public String key() {
            return year + "|" + period + "|" + form + "|" + unit.code();
        }

        /** The corrected version: new content, no injected inconsistency, a later file name and time. */
        PlannedFile corrected(Instant at) {
            String path = relativePath.replaceFirst("(\\.xlsx?)$", "-sua$1");
            Style fixed = new Style(style.xls(), style.textNumbers(), style.tcvn3(), style.hiddenRow(), false);
            return new PlannedFile(year, period, form, unit, district, province, communes, path, 1, at, fixed, seed);
        }
    }

    private final SeasonOptions options;
    private final List<UnitMaster.Unit> communes;
    private final Map<UnitMaster.Unit, List<UnitMaster.Unit>> communesByDistrict;
    private final Map<String, UnitMaster.Unit> provinces;
    private final List<PlannedFile> files;
    private final List<PlannedFile> corrections;

    public SeasonPlan(UnitMaster units, SeasonOptions options) {
        this.options = options;
        Map<String, UnitMaster.Unit> byKey = new LinkedHashMap<>();
        for (UnitMaster.Unit u : units.all()) byKey.put(u.unitKey(), u);
        List<UnitMaster.Unit> oldCommunes = units.all().stream()
                .filter(u -> "xa".equals(u.level()) && u.validTo() != null)
                .sorted(Comparator.comparing(UnitMaster.Unit::code)).toList();
        this.communes = options.units() == 0 ? oldCommunes : oldCommunes.subList(0, Math.min(options.units(), oldCommunes.size()));
        this.communesByDistrict = new LinkedHashMap<>();
        this.provinces = new LinkedHashMap<>();
        for (UnitMaster.Unit c : communes) {
            UnitMaster.Unit district = byKey.get(c.parentKey());
            if (district == null || !"huyen".equals(district.level())) {
                throw new IllegalStateException("commune " + c.unitKey() + " has no district in the unit master");
            }
            communesByDistrict.computeIfAbsent(district, d -> new ArrayList<>()).add(c);
            provinces.computeIfAbsent(district.provinceCode(), p -> byKey.get(district.parentKey()));
        }
        this.files = plan();
        this.corrections = pickCorrections();
    }

    public SeasonOptions options() {
        return options;
    }

    public List<PlannedFile> files() {
        return files;
    }

    /**
     * The corrected versions of {@code correctionShare} of the files (at least one when the share is not 0),
     * all of the newest year.
     */
    public List<PlannedFile> corrections() {
        return corrections;
    }

    public int communeCount() {
        return communes.size();
    }

    public int districtCount() {
        return communesByDistrict.size();
    }

    public int provinceCount() {
        return provinces.size();
    }

    private List<PlannedFile> plan() {
        List<PlannedFile> out = new ArrayList<>();
        for (int year = options.firstYear(); year <= SeasonOptions.LAST_YEAR; year++) {
            for (String period : options.periodLabels(year)) {
                String slug = period.startsWith("Năm") ? "nam" : "6t";
                Instant base = receivedFrom(year, slug);
                int n = 0;
                for (Map.Entry<UnitMaster.Unit, List<UnitMaster.Unit>> e : communesByDistrict.entrySet()) {
                    UnitMaster.Unit district = e.getKey();
                    UnitMaster.Unit province = provinces.get(district.provinceCode());
                    for (UnitMaster.Unit c : e.getValue()) {
                        for (Form form : List.of(Form.BUDGET, Form.DEPRIVATION)) {
                            out.add(file(year, period, slug, form, c, district, province, List.of(), base.plusSeconds(n++)));
                        }
                    }
                    for (Form form : List.of(Form.BUDGET, Form.HOUSEHOLDS)) {
                        out.add(file(year, period, slug, form, district, district, province, e.getValue(), base.plusSeconds(n++)));
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    private PlannedFile file(int year, String period, String slug, Form form, UnitMaster.Unit unit, UnitMaster.Unit district,
                             UnitMaster.Unit province, List<UnitMaster.Unit> lines, Instant at) {
        long seed = seed(options.seed(), year + "|" + period + "|" + form + "|" + unit.code());
        SplittableRandom r = new SplittableRandom(seed);
        boolean budget = form == Form.BUDGET;
        Style style = new Style(r.nextDouble() < options.xlsShare(), r.nextDouble() < options.textNumberShare(),
                budget && r.nextDouble() < options.tcvn3Share(), budget && r.nextDouble() < options.hiddenRowShare(),
                r.nextDouble() < options.inconsistencyShare());
        String path = year + "/" + slug + "/" + district.provinceCode() + "/" + unit.code() + "-bieu" + form.number
                + "-" + year + "-" + slug + (style.xls() ? ".xls" : ".xlsx");
        return new PlannedFile(year, period, form, unit, district, province, lines, path, 0, at, style, seed);
    }

    private List<PlannedFile> pickCorrections() {
        if (options.correctionShare() == 0 || files.isEmpty()) return List.of();
        int count = Math.max(1, (int) Math.round(options.correctionShare() * files.size()));
        // corrections arrive for the season being reported, the newest year: older seasons are settled history
        int newest = files.stream().mapToInt(PlannedFile::year).max().orElseThrow();
        List<PlannedFile> byDraw = new ArrayList<>(files.stream().filter(f -> f.year() == newest).toList());
        count = Math.min(count, byDraw.size());
        byDraw.sort(Comparator.comparingLong((PlannedFile f) -> seed(options.seed() ^ 0x5eedL, f.key())).thenComparing(PlannedFile::key));
        List<PlannedFile> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            PlannedFile f = byDraw.get(i);
            String slug = f.relativePath().contains("/nam/") ? "nam" : "6t";
            out.add(f.corrected(receivedFrom(f.year(), slug).plus(java.time.Duration.ofDays(20)).plusSeconds(i)));
        }
        out.sort(Comparator.comparing(PlannedFile::relativePath));
        return List.copyOf(out);
    }

    /** Files of a period arrive from this time on, one a second (Vietnam time). */
    private static Instant receivedFrom(int year, String slug) {
        String at = slug.equals("nam") ? (year + 1) + "-01-10T08:00:00+07:00" : year + "-07-05T08:00:00+07:00";
        return OffsetDateTime.parse(at).toInstant();
    }

    /** A 64-bit FNV-1a hash of the key mixed with the seed: one independent random stream per key. */
    static long seed(long seed, String key) {
        long h = 0xcbf29ce484222325L ^ seed;
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }
}
