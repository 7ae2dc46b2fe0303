package io.github.revops.internal;

import io.github.revops.domain.InvalidRecordException;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The record-group checks: records handed back as given, nulls named, repeated ids as the id check names them. */
class RecordGroupsTest {

    private static final Function<String, String> ID = record -> record.substring(0, record.indexOf(':'));

    @Test
    void checked_handsBackTheSameCollection_whenIdsAreUnique() {
        List<String> records = List.of("D1:won", "D2:lost", "D3:open");
        assertThat(RecordGroups.of("deals", "deal", ID).checked(records)).isSameAs(records);
        assertThat(RecordGroups.of("deals", "deal", ID, r -> ID.apply(r).hashCode()).checked(records))
                .isSameAs(records);
        assertThat(RecordGroups.of("deals", "deal", ID).withoutNulls(records)).isSameAs(records);
    }

    @Test
    void checked_refusesARepeatedId_exactlyAsTheIdCheckDoes() {
        List<String> records = List.of("D1:won", "D2:lost", "D1:open");
        String expected;
        try {
            IdCheck.check(records, r -> ID.apply(r).hashCode(), ID, "deal");
            throw new AssertionError("IdCheck accepted a repeated id");
        } catch (InvalidRecordException e) {
            expected = e.getMessage();
        }
        assertThat(expected).contains("D1");
        assertThatThrownBy(() -> RecordGroups.of("deals", "deal", ID).checked(records))
                .isInstanceOf(InvalidRecordException.class).hasMessage(expected);
    }

    @Test
    void withoutNulls_namesTheCollection() {
        RecordGroups<String> groups = RecordGroups.of("deals", "deal", ID);
        assertThatThrownBy(() -> groups.withoutNulls(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("deals");
        assertThatThrownBy(() -> groups.checked(Arrays.asList("D1:won", null)))
                .isInstanceOf(NullPointerException.class).hasMessage("deals must not contain null");
    }
}
