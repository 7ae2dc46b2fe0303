package io.github.revops.internal;

import io.github.revops.domain.InvalidRecordException;
import io.github.revops.result.Breakdown;
import io.github.revops.result.Mergeable;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A metric per group of checked records: every key found, in natural order, each with the metric of its records; the
 * records are checked first, and a record without a key is named.
 */
class RecordGroupsBreakdownTest {

    /** A metric for the test: the sum of the amounts of a group's records. */
    record Sum(long total) implements Mergeable<Sum> {
        @Override
        public Sum combine(Sum other) {
            return new Sum(total + other.total);
        }
    }

    /** Records "id:owner:amount". */
    private static final RecordGroups<String> DEALS = RecordGroups.of("deals", "deal", r -> r.split(":")[0]);
    private static final Function<String, String> OWNER = r -> r.split(":")[1];

    private static Breakdown<String, Sum> byOwner(List<String> records, Function<String, String> key) {
        return DEALS.breakdown(records, key,
                Collectors.collectingAndThen(Collectors.summingLong(r -> Long.parseLong(r.split(":")[2])), Sum::new),
                new Sum(0));
    }

    @Test
    void eachKeyFoundHasTheMetricOfItsRecords_keysInNaturalOrder() {
        Breakdown<String, Sum> owners = byOwner(
                List.of("D1:zoe:100", "D2:ana:30", "D3:zoe:5", "D4:max:7", "D5:ana:12"), OWNER);
        assertThat(owners.groups()).containsExactly(Map.entry("ana", new Sum(42)), Map.entry("max", new Sum(7)),
                Map.entry("zoe", new Sum(105)));
        assertThat(owners.total()).isEqualTo(new Sum(154));
        assertThat(byOwner(List.of(), OWNER).groups()).isEmpty();
        assertThat(byOwner(List.of(), OWNER).total()).isEqualTo(new Sum(0));
    }

    @Test
    void theRecordsAreCheckedAndAMissingKeyNamesItsRecord() {
        assertThatThrownBy(() -> byOwner(List.of("D1:zoe:100", "D2:ana:30", "D1:max:7"), OWNER))
                .isInstanceOf(InvalidRecordException.class).hasMessage("deal 'D1': id (D1) is not unique");
        assertThatThrownBy(() -> byOwner(List.of("D1:zoe:100", "D2:ana:30"), r -> r.startsWith("D2") ? null : "x"))
                .isInstanceOf(NullPointerException.class).hasMessage("the group key of deal 'D2' is null");
        assertThatThrownBy(() -> byOwner(List.of("D1:zoe:100"), null)).isInstanceOf(NullPointerException.class)
                .hasMessage("key");
    }
}
