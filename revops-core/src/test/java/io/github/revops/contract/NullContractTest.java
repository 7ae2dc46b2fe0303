package io.github.revops.contract;

import io.github.revops.domain.InvalidRecordException;
import io.github.revops.money.Money;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The null contract of revops-core (docs/decisions/0104-parameters-are-never-null.md): every public constructor and
 * method of the covered packages rejects a null argument with a {@code NullPointerException} whose message names
 * the parameter, or accepts null as its Javadoc documents (the allow-list {@link #ACCEPTS_NULL}, checked too). The
 * domain records ({@code Deal} too, a record in all but its fields' layout) document another form: an
 * {@link InvalidRecordException} whose field is the parameter, and their builders take null and {@code build()}
 * rejects it so, or names the map that holds the null entry ({@code "segments (region=null)"}); the row setters of
 * {@code DealTable.Builder} and {@code SubscriptionTable.Builder} take null and {@code add()} rejects it so, as the
 * importers feed them cell by cell.
 */
class NullContractTest extends NullContractChecks {

    /** The packages checked, one a line. */
    private static final List<String> COVERED = List.of(
            "io.github.revops.domain",
            "io.github.revops.economics",
            "io.github.revops.forecast",
            "io.github.revops.funnel",
            "io.github.revops.math",
            "io.github.revops.money",
            "io.github.revops.pipeline",
            "io.github.revops.recurring",
            "io.github.revops.result",
            "io.github.revops.table",
            "io.github.revops.time");

    /*
     * ===== IN FLUX: NOT YET CHECKED =====
     * None: the rewrites of pipeline, table, recurring, Deal and Subscription (issue 13) have landed. A package or
     * type reworked later may be listed here for a while, and its samples added to NullContractSamples when it
     * lands. An entry is an exported package, or a type of a covered package with its member types.
     */
    private static final Set<String> IN_FLUX = Set.of();

    /** Parameters that accept null, each as documented in its Javadoc: {@code Type.member(parameter)} and why. */
    private static final Map<String, String> ACCEPTS_NULL = Map.of(
            "InvalidRecordException.<init>(value)",
            "the rejected value, null when the field is missing: the message and value() show it as \"null\"",
            "Deal.Builder.forecastCategory(category)", "null for none, as a CRM without forecast categories gives",
            "Deal.Builder.status(closeDate)", "null for an OPEN deal, as the importers read a blank close date");

    NullContractTest() {
        // issue 16 counted 283 constructors and methods with 630 reference parameters in the packages then
        // covered; with pipeline, table, recurring, Deal and Subscription, 535 with 1,210
        super(new NullContract(Money.class, COVERED, IN_FLUX, NullContractSamples.create(), ACCEPTS_NULL,
                        NullArgumentCheck.OtherForm.INVALID_RECORD),
                535, 1210, List.of("io.github.revops.money.Money", "io.github.revops.result.DayHistogram$Builder",
                        "io.github.revops.domain.Deal$Builder", "io.github.revops.table.DealTable",
                        "io.github.revops.recurring.MrrBridge"),
                List.of("io.github.revops.internal.Checks", "io.github.revops.pipeline.DealGroups"));
    }

    @Test
    void theExportedPackages_areReadFromTheModuleDescriptor() {
        assertThat(ExportedTypes.packages(Money.class)).contains("io.github.revops.money", "io.github.revops.table")
                .doesNotContain("io.github.revops.internal");
    }
}
