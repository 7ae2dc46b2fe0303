package io.github.revops.internal;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Stage lists: each name's position, and the errors for none, a blank or missing name, and a repeated one. */
class StageNamesTest {

    @Test
    void positions_giveEachNameItsIndex() {
        assertThat(StageNames.positions(List.of("Lead", "Qualified", "Won")))
                .isEqualTo(Map.of("Lead", 0, "Qualified", 1, "Won", 2));
        assertThat(StageNames.positions(List.of("Only"))).isEqualTo(Map.of("Only", 0));
    }

    @Test
    void positions_refuseNoStagesBlankOrNullNamesAndRepeats() {
        assertThatThrownBy(() -> StageNames.positions(List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("stages ([]) must name at least one stage");
        assertThatThrownBy(() -> StageNames.positions(List.of("Lead", " ")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("stages ([Lead,  ]) must not hold a blank name");
        assertThatThrownBy(() -> StageNames.positions(Arrays.asList("Lead", null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("stages ([Lead, null]) must not hold a blank name");
        assertThatThrownBy(() -> StageNames.positions(List.of("Lead", "Won", "Lead")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("stages ([Lead, Won, Lead]) name 'Lead' twice");
    }

    @Test
    void shown_cutsALongListAfter120Characters() {
        List<String> many = Collections.nCopies(40, "Stage");   // "[Stage, Stage, ...]": 40 * 7 - 2 + 2 = 280
        assertThat(StageNames.shown(many)).isEqualTo(many.toString().substring(0, 120) + "... (280 characters)");
        assertThat(StageNames.shown(List.of("a", "b"))).isEqualTo("[a, b]");
    }
}
