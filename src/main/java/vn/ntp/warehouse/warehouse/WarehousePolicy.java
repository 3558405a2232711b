package vn.ntp.warehouse.warehouse;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code jobs/rules/policy.yaml}. {@code block_on_error}: when true, a loaded submission with any
 * finding of severity {@code error} (from extraction or from a warehouse rule) is marked
 * {@code submission.blocked} and kept out of the facts and marts; its findings stay in
 * {@code dq_issue}. Default false: load and flag.
 */
public record WarehousePolicy(boolean blockOnError) {

    public static final String FILE_NAME = "policy.yaml";

    public static WarehousePolicy defaults() {
        return new WarehousePolicy(false);
    }

    public static WarehousePolicy load(Path rulesConfigDir) {
        Path file = rulesConfigDir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return defaults();
        }
        WarehousePolicy policy = Yaml.read(file, WarehousePolicy.class);
        return policy == null ? defaults() : policy;
    }
}
