package vn.ntp.warehouse.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import vn.ntp.warehouse.intake.InboxScanner;
import vn.ntp.warehouse.report.FeedbackWorkbook;

/**
 * The files {@code ./ntp validate} checks: each file named, and every workbook (.xlsx, .xlsm, .xls)
 * in each folder named, its subfolders included, in name order; feedback workbooks written by an
 * earlier check ({@code *.kiem-tra.xlsx}, {@code .xls}) and Excel's lock files ({@code ~$…}) are left out.
 */
final class ValidateTargets {
    private ValidateTargets() {
    }

    static List<Path> expand(List<String> names) {
        List<Path> files = new ArrayList<>();
        for (String name : names) {
            Path path = Path.of(name);
            if (!Files.isDirectory(path)) {
                files.add(path);
                continue;
            }
            List<Path> found;
            try (Stream<Path> walk = Files.walk(path)) {
                found = walk.filter(Files::isRegularFile).filter(ValidateTargets::isWorkbook).sorted().toList();
            } catch (IOException | UncheckedIOException e) {
                throw new Trouble("Không đọc được thư mục " + path + ": không có quyền đọc. Cấp quyền rồi chạy lại.", e);
            }
            if (found.isEmpty()) {
                throw new Trouble("Thư mục " + path + " không có tệp biểu nào (.xlsx, .xlsm, .xls) để kiểm tra.");
            }
            files.addAll(found);
        }
        return files;
    }

    static boolean isWorkbook(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (InboxScanner.isSystemFile(name) || FeedbackWorkbook.isFeedbackName(name)) return false;
        return lower.endsWith(".xlsx") || lower.endsWith(".xlsm") || lower.endsWith(".xls");
    }
}
