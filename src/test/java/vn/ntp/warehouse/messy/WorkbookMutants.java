package vn.ntp.warehouse.messy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Damaged copies of real workbooks, drawn from a fixed seed (same seed, same bytes): truncated files,
 * bytes flipped in the file as stored (inside compressed data too), bytes flipped inside an XML part
 * that is then zipped again (so the zip is sound and only the XML is damaged), and XML elements
 * deleted (a cell, a row, a merge, a shared string, a style). .xls files get the first two.
 */
public final class WorkbookMutants {
    public enum Kind { TRUNCATED, BYTES_FLIPPED, XML_BYTES_FLIPPED, XML_ELEMENT_DELETED }

    public record Mutant(Path file, Path original, Kind kind, String detail) {
    }

    private static final Pattern ELEMENT = Pattern.compile(
            "<(c|row|mergeCell|si|xf|col|sheet|numFmt|font|table:table-cell|table:covered-table-cell|table:table-row|table:table-column)\\b[^>]*?(/>|>)");

    private WorkbookMutants() {
    }

    public static List<Mutant> write(long seed, int count, List<Path> originals, Path dir) throws IOException {
        Files.createDirectories(dir);
        Random random = new Random(seed);
        List<Mutant> mutants = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Path original = originals.get(i % originals.size());
            boolean zip = original.getFileName().toString().endsWith(".xlsx") || original.getFileName().toString().endsWith(".ods");
            Kind kind = Kind.values()[random.nextInt(zip ? 4 : 2)];
            String name = String.format("m%04d-%s-%s", i, kind.name().toLowerCase().replace('_', '-'), original.getFileName());
            Path file = dir.resolve(name);
            byte[] bytes = Files.readAllBytes(original);
            String detail = switch (kind) {
                case TRUNCATED -> {
                    int length = random.nextInt(bytes.length);
                    Files.write(file, java.util.Arrays.copyOf(bytes, length));
                    yield "cut at " + length + " of " + bytes.length;
                }
                case BYTES_FLIPPED -> {
                    int flips = 1 + random.nextInt(8);
                    StringBuilder where = new StringBuilder();
                    for (int f = 0; f < flips; f++) {
                        int at = random.nextInt(bytes.length);
                        bytes[at] ^= (byte) (1 + random.nextInt(255));
                        where.append(at).append(' ');
                    }
                    Files.write(file, bytes);
                    yield "flipped at " + where.toString().strip();
                }
                case XML_BYTES_FLIPPED, XML_ELEMENT_DELETED -> {
                    LinkedHashMap<String, byte[]> parts = ZipParts.read(original);
                    List<String> xmlParts = parts.keySet().stream().filter(n -> n.endsWith(".xml")).toList();
                    String part = pick(xmlParts, random);
                    byte[] xml = parts.get(part);
                    String what;
                    if (kind == Kind.XML_BYTES_FLIPPED) {
                        int at = random.nextInt(xml.length);
                        xml[at] ^= (byte) (1 + random.nextInt(255));
                        what = part + " byte " + at;
                    } else {
                        String text = new String(xml, StandardCharsets.UTF_8);
                        String deleted = deleteElement(text, random);
                        what = part + (deleted == text ? " (nothing to delete)" : " element deleted");
                        xml = deleted.getBytes(StandardCharsets.UTF_8);
                    }
                    parts.put(part, xml);
                    ZipParts.write(file, parts);
                    yield what;
                }
            };
            mutants.add(new Mutant(file, original, kind, detail));
        }
        return mutants;
    }

    /** The part text without one element (start tag to its end tag, or a self-closed one), chosen at random. */
    static String deleteElement(String xml, Random random) {
        List<int[]> candidates = new ArrayList<>();
        Matcher m = ELEMENT.matcher(xml);
        while (m.find()) candidates.add(new int[] {m.start(), m.end(), m.group(2).equals("/>") ? 1 : 0});
        if (candidates.isEmpty()) return xml;
        int[] c = candidates.get(random.nextInt(candidates.size()));
        int end = c[1];
        if (c[2] == 0) {
            String tag = xml.substring(c[0] + 1, xml.indexOf(' ', c[0]) > 0 && xml.indexOf(' ', c[0]) < c[1] ? xml.indexOf(' ', c[0]) : c[1] - 1);
            int close = xml.indexOf("</" + tag + ">", c[1]);
            if (close < 0) return xml;
            end = close + tag.length() + 3;
        }
        return xml.substring(0, c[0]) + xml.substring(end);
    }

    private static <T> T pick(List<T> items, Random random) {
        return items.get(random.nextInt(items.size()));
    }
}
