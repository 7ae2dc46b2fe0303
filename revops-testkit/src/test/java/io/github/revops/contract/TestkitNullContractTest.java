package io.github.revops.contract;

import io.github.revops.result.Mergeable;
import io.github.revops.result.Ratio;
import io.github.revops.testing.MergeLaws;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The null contract of revops-testkit (docs/decisions/0104-parameters-are-never-null.md): every public method of
 * the covered packages rejects a null argument with a {@code NullPointerException} whose message names the
 * parameter, before it runs the metric, rather than an assertion failure about something else.
 */
class TestkitNullContractTest extends NullContractChecks {

    /** The packages checked, one a line. */
    private static final List<String> COVERED = List.of(
            "io.github.revops.testing");

    /** Exported packages, or types of covered ones, not checked yet: none. */
    private static final Set<String> IN_FLUX = Set.of();

    TestkitNullContractTest() {
        super(new NullContract(MergeLaws.class, COVERED, IN_FLUX,
                        new Samples().put(Mergeable.class, () -> Ratio.EMPTY), Map.of(),
                        NullArgumentCheck.OtherForm.NONE),
                // the module has no other class; revops-core's types, on the same class path, are not its own
                2, 6, List.of("io.github.revops.testing.MergeLaws"), List.of("io.github.revops.result.Ratio"));
    }
}
