package io.github.revops.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static io.github.revops.domain.DealTest.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContactTest {

    private static final LocalDate JAN_5 = LocalDate.of(2026, 1, 5);

    private static Contact.Builder contact(String id) {
        return Contact.builder(id).owner("Ana").source("Organic Search");
    }

    @Test
    void builder_makesAValidContact() {
        Contact c = contact("C-1").entered("Lead", JAN_5).entered("Customer", LocalDate.of(2026, 3, 1))
                .segment("region", "EMEA").build();
        assertThat(c.entered("Lead")).contains(JAN_5);
        assertThat(c.entered("Opportunity")).isEmpty();
        assertThat(c.segment("region")).contains("EMEA");
        assertThat(c.stageDates()).containsOnlyKeys("Customer", "Lead");
        assertThat(c.toBuilder().build()).isEqualTo(c);
        assertThat(contact("C-2").build().stageDates()).isEmpty();
    }

    @Test
    void aLaterDateOfTheSameStageReplacesTheEarlierOne() {
        assertThat(contact("C-1").entered("Lead", JAN_5).entered("Lead", LocalDate.of(2026, 2, 1)).build()
                .entered("Lead")).contains(LocalDate.of(2026, 2, 1));
    }

    @Test
    void stageDatesAndSegmentsAreCopiedAndUnmodifiable() {
        Map<String, LocalDate> dates = new HashMap<>(Map.of("Lead", JAN_5));
        Contact c = new Contact("C-1", "Ana", "Web", dates, Map.of());
        dates.put("Customer", JAN_5);
        assertThat(c.stageDates()).containsOnlyKeys("Lead");
        assertThatThrownBy(() -> c.stageDates().put("Customer", JAN_5))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void rejectsMissingOrBlankFields() {
        assertInvalid(() -> Contact.builder(" ").owner("Ana").source("Web").build(), "id", "' '",
                "contact '?': id (' ') must not be blank");
        assertInvalid(() -> contact("C-1").owner("").build(), "owner", "''",
                "contact 'C-1': owner ('') must not be blank");
        assertInvalid(() -> contact("C-1").source(null).build(), "source", "null",
                "contact 'C-1': source (null) is required");
        assertInvalid(() -> new Contact("C-1", "Ana", "Web", null, Map.of()), "stageDates", "null",
                "contact 'C-1': stageDates (null) is required");
    }

    @Test
    void rejectsAStageWithoutANameOrADate() {
        assertInvalid(() -> contact("C-1").entered("Lead", null).build(), "stageDates", "'Lead'=null",
                "contact 'C-1': stageDates ('Lead'=null) must name each stage and give its date");
        assertInvalid(() -> contact("C-1").entered(" ", JAN_5).build(), "stageDates", "' '=2026-01-05",
                "contact 'C-1': stageDates (' '=2026-01-05) must name each stage and give its date");
        assertInvalid(() -> contact("C-1").entered(null, JAN_5).build(), "stageDates", "null=2026-01-05",
                "contact 'C-1': stageDates (null=2026-01-05) must name each stage and give its date");
    }

    @Test
    void rejectsANullSegment() {
        assertInvalid(() -> contact("C-1").segment("region", null).build(), "segments", "region=null",
                "contact 'C-1': segments (region=null) must not hold a null key or value");
    }
}
