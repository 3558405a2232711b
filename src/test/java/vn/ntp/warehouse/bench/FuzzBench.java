package vn.ntp.warehouse.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import vn.ntp.warehouse.extract.ExtractedAnnex;
import vn.ntp.warehouse.fixtures.OdsFiles;
import vn.ntp.warehouse.messy.MutantVerdicts;
import vn.ntp.warehouse.messy.WorkbookMutants;

/**
 * {@code ./ntp bench fuzz [--mutants N] [--seed S]}: the fuzz test's property over many more damaged workbooks
 * (default 3,000 from seed 20261204): every mutant extracted and timed, what became of it by kind of damage,
 * the slowest file, the heap, and every figure a mutant changed without a finding (then exit 1).
 */
public final class FuzzBench {
    private FuzzBench() {
    }

    public static void main(String[] args) throws Exception {
        int count = 3000;
        long seed = 20261204L;
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("--mutants")) count = Integer.parseInt(args[i + 1]);
            if (args[i].equals("--seed")) seed = Long.parseLong(args[i + 1]);
        }
        Path dir = Path.of("target", "bench", "fuzz-" + seed + "x" + count);
        List<Path> originals = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("jobs", "sample-inbox"))) {
            originals.addAll(files.filter(f -> f.toString().matches(".*\\.xlsx?$")).sorted().toList()); // not the receipts (.received.csv)
        }
        originals.add(OdsFiles.convert(Path.of("jobs", "sample-inbox", "phong-tho-bieu01-2024-6t.xlsx"), dir.resolve("originals/phong-tho-bieu01.ods")));
        originals.add(OdsFiles.convert(Path.of("jobs", "sample-inbox", "phong-tho-bieu02-2024-6t.xlsx"), dir.resolve("originals/phong-tho-bieu02.ods")));
        System.out.printf("Tạo %d tệp hỏng từ %d tệp mẫu (seed %d) trong %s ...%n", count, originals.size(), seed, dir);
        List<WorkbookMutants.Mutant> mutants = WorkbookMutants.write(seed, count, originals, dir.resolve("inbox"));

        Map<Path, ExtractedAnnex> baseline = new HashMap<>();
        for (Path original : originals) baseline.put(original, MutantVerdicts.extract(original));
        Map<String, Integer> outcomes = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        long slowestNanos = 0;
        String slowest = "";
        long totalNanos = 0;
        for (WorkbookMutants.Mutant mutant : mutants) {
            long start = System.nanoTime();
            ExtractedAnnex annex = MutantVerdicts.extract(mutant.file());
            long took = System.nanoTime() - start;
            totalNanos += took;
            if (took > slowestNanos) {
                slowestNanos = took;
                slowest = mutant.file().getFileName().toString();
            }
            outcomes.merge(mutant.kind() + " → " + (annex.rejected() ? "rejected " + annex.reasonCode() : "loaded"), 1, Integer::sum);
            for (String w : MutantVerdicts.silentlyWrong(baseline.get(mutant.original()), annex)) {
                wrong.add(mutant.file().getFileName() + " (" + mutant.detail() + "): " + w);
            }
        }
        System.out.println("Kết quả theo kiểu hỏng:");
        outcomes.forEach((k, v) -> System.out.printf("   %-60s %6d%n", k, v));
        System.out.printf("Thời gian đọc: trung bình %.2f ms/tệp, chậm nhất %.1f ms (%s)%n",
                totalNanos / 1e6 / mutants.size(), slowestNanos / 1e6, slowest);
        System.out.printf("Heap cao nhất (các vùng heap): %d MB%n", ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() >> 20);
        if (wrong.isEmpty()) {
            System.out.println("\nKẾT QUẢ: ĐÚNG — no mutant loaded a figure that differs from its original without a finding.");
            return;
        }
        System.out.println("\nKẾT QUẢ: SAI — figures changed without a finding:");
        wrong.forEach(w -> System.out.println("   - " + w));
        System.exit(1);
    }
}
