package vn.ntp.warehouse.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import vn.ntp.warehouse.warehouse.FormSchedule;

/**
 * A configuration file under {@code jobs/} that cannot be used, with its file, line and key, as the
 * operator must hear it: "Tệp cấu hình …/forms.yaml, dòng 27, khóa forms[1].level: …". Found either
 * before a run (every YAML file parsed, the schedule loaded) or in the exception a run failed with.
 */
record ConfigProblem(String file, int line, String key, String problem) {
    /** {@code <file>: <program> <form>: <key> must be one of [...], not <value>} and its kin (FormSchedule's checks). */
    private static final Pattern VALUE_PROBLEM = Pattern.compile(
            "(\\S+\\.ya?ml): (?:.*?: )?(?:(\\w+) must be one of .*?, not (.*)|(due) is day/month.*?, not (.*)|no such day/month: (.*)|period (\\S+) needs due.*)$");

    String sentence() {
        StringBuilder s = new StringBuilder("tệp cấu hình ").append(file);
        if (line > 0) s.append(", dòng ").append(line);
        if (key != null && !key.isEmpty()) s.append(", khóa ").append(key);
        return s.append(": ").append(problem).append(". Sửa tệp rồi chạy lại.").toString();
    }

    /** Parses every YAML file under the jobs folder (the sample inbox aside) and loads the form schedule. */
    static Optional<ConfigProblem> check(Path jobsDir) {
        if (!Files.isDirectory(jobsDir)) {
            return Optional.of(new ConfigProblem(jobsDir.toString(), 0, null, "không tìm thấy thư mục cấu hình"));
        }
        YAMLMapper yaml = YAMLMapper.builder().build();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(jobsDir)) {
            files = walk.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            return Optional.of(new ConfigProblem(jobsDir.toString(), 0, null, "không đọc được thư mục cấu hình"));
        }
        for (Path file : files) {
            try {
                yaml.readValue(file.toFile(), JsonNode.class);
            } catch (JacksonException e) {
                return Optional.of(of(e, file.toString()));
            }
        }
        try {
            FormSchedule.load(jobsDir.resolve("schedule"));
        } catch (RuntimeException e) {
            return find(e);
        }
        return Optional.empty();
    }

    /** The configuration problem an exception (or one of its causes) describes, if any. */
    static Optional<ConfigProblem> find(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JacksonException j && j.getLocation() != null
                    && j.getLocation().contentReference() != null
                    && j.getLocation().contentReference().getRawContent() instanceof File f) {
                return Optional.of(of(j, f.toString()));
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            Matcher m = VALUE_PROBLEM.matcher(String.valueOf(t.getMessage()).strip());
            if (m.find()) return Optional.of(valueProblem(m));
        }
        return Optional.empty();
    }

    private static ConfigProblem of(JacksonException e, String file) {
        StringBuilder key = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!key.isEmpty()) key.append('.');
                key.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                key.append('[').append(ref.getIndex()).append(']');
            }
        }
        int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
        String problem = e instanceof StreamReadException ? "cú pháp YAML không hợp lệ (thụt lề, dấu hai chấm, dấu ngoặc kép chưa đóng…)"
                : "giá trị không đúng kiểu (ví dụ một danh sách được ghi như một chữ, hay chữ ở chỗ cần số)";
        return new ConfigProblem(file, line, key.toString(), problem);
    }

    private static ConfigProblem valueProblem(Matcher m) {
        String file = m.group(1);
        String key;
        String value;
        if (m.group(2) != null) {
            key = m.group(2);
            value = m.group(3);
        } else if (m.group(4) != null) {
            key = "due";
            value = m.group(5);
        } else if (m.group(6) != null) {
            key = "due";
            value = m.group(6);
        } else {
            key = "period";
            value = m.group(7);
        }
        String problem = key.equals("period") && m.group(7) != null
                ? "kỳ \"" + value + "\" thiếu hạn nộp (due: \"ngày/tháng\" hoặc due_days_after_end: số ngày)"
                : "giá trị \"" + value + "\" không hợp lệ (xem các giá trị được phép ở chú thích đầu tệp)";
        return new ConfigProblem(file, lineOf(Path.of(file), key, value), key, problem);
    }

    /** The first line {@code key: value} (quotes aside) of the file, 0 when not found. */
    private static int lineOf(Path file, String key, String value) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String text = lines.get(i).replace("\"", "").replace("'", "");
                int colon = text.indexOf(key + ":");
                if (colon >= 0 && text.substring(colon + key.length() + 1).strip().equals(value.strip())) return i + 1;
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }
}
