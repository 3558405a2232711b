package vn.ntp.warehouse.warehouse;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A mart's tests: a home, the reference data with more units ({@link ReferenceFixture#writeWithMoreUnits}) and a scenario over them. */
abstract class MartTestBase {

    @TempDir
    Path home;
    @TempDir
    Path referenceDir;

    MartScenario scenario;

    @BeforeEach
    void referenceAndScenario() throws Exception {
        ReferenceFixture.writeWithMoreUnits(referenceDir);
        scenario = new MartScenario(home, referenceDir);
    }
}
