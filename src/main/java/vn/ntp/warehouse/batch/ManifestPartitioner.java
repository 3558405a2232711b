package vn.ntp.warehouse.batch;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import vn.ntp.warehouse.intake.Manifest;

/**
 * Splits extraction into the partitions intake dealt the files to: one execution context per
 * partition of the manifest, holding only the manifest's path and the partition number, so a
 * worker anywhere that sees the same storage can do its share. The number of partitions is the
 * manifest's, not the grid size asked for: a restarted run re-reads the manifest intake just
 * rewrote, with the same partition names, and no file falls between two partitionings.
 */
public class ManifestPartitioner implements Partitioner {
    static final String MANIFEST = "manifest";
    static final String PARTITION = "partition";

    private final Path manifest;

    public ManifestPartitioner(Path manifest) {
        this.manifest = manifest;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        int partitions = Manifest.partitions(manifest);
        Map<String, ExecutionContext> contexts = new LinkedHashMap<>();
        for (int i = 0; i < partitions; i++) {
            ExecutionContext context = new ExecutionContext();
            context.putString(MANIFEST, manifest.toAbsolutePath().toString());
            context.putInt(PARTITION, i);
            contexts.put("partition-" + i, context);
        }
        return contexts;
    }
}
