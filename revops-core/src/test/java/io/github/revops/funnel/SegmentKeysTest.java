package io.github.revops.funnel;

import io.github.revops.domain.Contact;
import io.github.revops.result.Breakdown;
import io.github.revops.time.Period;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Grouping contacts by a segment attribute that every contact must have. */
class SegmentKeysTest {

    private static final LifecycleStages STAGES = LifecycleStages.of("Lead", "Customer");
    private static final Period MARCH = Period.month(2026, 3);

    private static Contact lead(String id, String region) {
        return Contact.builder(id).owner("ana").source("web").segment("region", region)
                .entered("Lead", LocalDate.of(2026, 3, 2)).build();
    }

    @Test
    void groupsByTheAttributesValue() {
        List<Contact> contacts = List.of(lead("c1", "EMEA"), lead("c2", "AMER"), lead("c3", "EMEA"));
        assertThat(ContactKeys.segment("region").apply(contacts.get(1))).isEqualTo("AMER");
        Breakdown<String, PeriodConversion> byRegion = PeriodConversion.by(contacts, STAGES, MARCH,
                ContactKeys.segment("region"));
        assertThat(byRegion.groups().keySet()).containsExactly("AMER", "EMEA");
        assertThat(byRegion.get("EMEA").orElseThrow().reach("Lead")).isEqualTo(new StageReach("Lead", 2, 0));
        assertThat(byRegion.get("AMER").orElseThrow().reach("Lead")).isEqualTo(new StageReach("Lead", 1, 0));
    }

    @Test
    void aContactWithoutTheAttributeIsNamed() {
        Contact bare = Contact.builder("c9").owner("ana").source("web").build();
        assertThatThrownBy(() -> ContactKeys.segment("region").apply(bare))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("contact 'c9' has no segment attribute 'region'");
    }
}
