package io.github.revops.contract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two tests of a module's null contract (docs/decisions/0104-parameters-are-never-null.md), inherited by each
 * module's {@code *NullContractTest}, which describes its {@link NullContract}: the packages it covers, one a line,
 * those in flux, the samples, the parameters documented to accept null.
 */
abstract class NullContractChecks {

    private final NullContract contract;
    private final int minimumMembers;
    private final int minimumParameters;
    private final List<String> checkedTypes;
    private final List<String> uncheckedTypes;

    /**
     * Describes what the tests expect of a module.
     *
     * @param contract  the module's contract
     * @param minimumMembers  the constructors and methods with a reference parameter counted when the test was
     *     written: the figure grows with the API, and a drop means members went unchecked
     * @param minimumParameters  the reference parameters counted then
     * @param checkedTypes  types, by name, that must be among those checked
     * @param uncheckedTypes  types, by name, that must not be (not public, or in flux)
     */
    NullContractChecks(NullContract contract, int minimumMembers, int minimumParameters, List<String> checkedTypes,
                       List<String> uncheckedTypes) {
        this.contract = contract;
        this.minimumMembers = minimumMembers;
        this.minimumParameters = minimumParameters;
        this.checkedTypes = List.copyOf(checkedTypes);
        this.uncheckedTypes = List.copyOf(uncheckedTypes);
    }

    @Test
    void everyParameter_rejectsNull_namingIt_orIsDocumentedToAcceptIt() {
        NullContract.Report report = contract.check();

        assertThat(report.problems()).as(report.summary()).isEmpty();
        assertThat(report.allowed()).as("every allow-list entry names a checked parameter")
                .isEqualTo(contract.acceptsNull());
        assertThat(report.members()).as("constructors and methods with a reference parameter")
                .isGreaterThanOrEqualTo(minimumMembers);
        assertThat(report.parameters()).as("reference parameters").isGreaterThanOrEqualTo(minimumParameters);
    }

    @Test
    void theCoveredPackages_andThoseInFlux_areTheExportedOnes() {
        assertThat(contract.coverageProblems()).isEmpty();
        assertThat(contract.checkedTypes()).extracting(Class::getName).containsAll(checkedTypes)
                .doesNotContainAnyElementsOf(uncheckedTypes);
    }
}
