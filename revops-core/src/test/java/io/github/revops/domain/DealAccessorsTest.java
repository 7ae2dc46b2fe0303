package io.github.revops.domain;

import io.github.revops.money.Money;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import static io.github.revops.domain.TestDeals.deal;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The status predicates, the segments map and the hash code of {@link Deal}, each against a value written out.
 */
class DealAccessorsTest {

    @Test
    void exactlyOneStatusPredicateHoldsForEachStatus() {
        Deal won = deal("W").won(LocalDate.of(2024, 4, 9)).build();
        Deal lost = deal("L").lost(LocalDate.of(2024, 4, 9)).build();
        Deal open = deal("O").open().build();
        assertThat(new boolean[] {won.isWon(), won.isLost(), won.isOpen()}).containsExactly(true, false, false);
        assertThat(new boolean[] {lost.isWon(), lost.isLost(), lost.isOpen()}).containsExactly(false, true, false);
        assertThat(new boolean[] {open.isWon(), open.isLost(), open.isOpen()}).containsExactly(false, false, true);
        assertThat(lost.cycleDays()).isEqualTo(30);
    }

    @Test
    void segmentsReturnsEveryAttributeInNameOrder() {
        Deal d = deal("D-1").segment("region", "EMEA").segment("industry", "Retail").build();
        assertThat(d.segments()).containsExactly(Map.entry("industry", "Retail"), Map.entry("region", "EMEA"));
        assertThat(deal("D-2").build().segments()).isEmpty();
    }

    @Test
    void hashCodeIsThatOfTheTwelveComponentsInOrder() {
        Deal d = deal("D-1").segment("region", "EMEA").build();
        int expected = Objects.hash("D-1", "C-D-1", "Ana", "Inbound", DealType.NEW_BUSINESS,
                Money.parse("USD 1000.00"), LocalDate.of(2024, 3, 10), DealStatus.WON,
                Optional.of(LocalDate.of(2024, 4, 9)), List.of(), Optional.empty(),
                Map.of("region", "EMEA"));
        assertThat(d.hashCode()).isEqualTo(expected);
        Set<Integer> codes = new HashSet<>();
        IntStream.range(0, 50).forEach(i -> codes.add(deal("D-" + i).build().hashCode()));
        assertThat(codes).hasSize(50);
    }
}
