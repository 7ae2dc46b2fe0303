package io.github.revops.funnel;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LifecycleStagesTest {

    @Test
    void hubSpotIsTheDefaultLifecycleUpToTheCustomer() {
        assertThat(LifecycleStages.HUBSPOT.names()).containsExactly("Subscriber", "Lead", "Marketing Qualified Lead",
                "Sales Qualified Lead", "Opportunity", "Customer");
        assertThat(LifecycleStages.HUBSPOT.indexOf("Marketing Qualified Lead")).isEqualTo(2);
        assertThat(LifecycleStages.HUBSPOT.contains("Evangelist")).isFalse();
        assertThat(LifecycleStages.HUBSPOT.contains("Opportunity")).isTrue();
        assertThat(LifecycleStages.HUBSPOT.name(5)).isEqualTo("Customer");
    }

    @Test
    void isAValueOfItsNamesInOrder() {
        List<String> names = new ArrayList<>(List.of("Lead", "MQL", "Won"));
        LifecycleStages stages = LifecycleStages.of(names);
        names.add("Churned");
        assertThat(stages).isEqualTo(LifecycleStages.of("Lead", "MQL", "Won"))
                .hasSameHashCodeAs(LifecycleStages.of("Lead", "MQL", "Won"))
                .isNotEqualTo(LifecycleStages.of("MQL", "Lead", "Won"))
                .hasToString("[Lead, MQL, Won]");
        // Lifecycles that differ hash apart (the hash is that of the list of names).
        assertThat(stages.hashCode()).isNotEqualTo(LifecycleStages.of("MQL", "Lead", "Won").hashCode())
                .isNotEqualTo(LifecycleStages.HUBSPOT.hashCode());
        assertThat(stages.size()).isEqualTo(3);
    }

    @Test
    void rejectsAnEmptyBlankOrRepeatedStage() {
        assertThatThrownBy(() -> LifecycleStages.of(List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("stages ([]) must name at least one stage");
        assertThatThrownBy(() -> LifecycleStages.of("Lead", " ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("stages ([Lead,  ]) must not hold a blank name");
        assertThatThrownBy(() -> LifecycleStages.of(Arrays.asList("Lead", null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("stages ([Lead, null]) must not hold a blank name");
        assertThatThrownBy(() -> LifecycleStages.of("Lead", "MQL", "Lead"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("stages ([Lead, MQL, Lead]) name 'Lead' twice");
        assertThatThrownBy(() -> LifecycleStages.HUBSPOT.indexOf("Evangelist"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("stage ('Evangelist') is not one of [Subscriber, Lead, Marketing Qualified Lead,"
                        + " Sales Qualified Lead, Opportunity, Customer]");
    }
}
