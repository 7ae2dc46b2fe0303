package io.github.revops.domain;

import io.github.revops.money.Money;

import java.time.LocalDate;

/**
 * Test data builder: a valid won deal by default, so a test changes only the field it is about.
 */
public final class TestDeals {

    private TestDeals() {
    }

    /**
     * Returns a builder of a valid deal: USD 1000.00, created 2024-03-10, won 2024-04-09.
     *
     * @param id  the deal id
     * @return the builder
     */
    public static Deal.Builder deal(String id) {
        return Deal.builder(id).customer("C-" + id).owner("Ana").source("Inbound").type(DealType.NEW_BUSINESS)
                .amount(Money.parse("USD 1000.00")).created(LocalDate.of(2024, 3, 10))
                .won(LocalDate.of(2024, 4, 9));
    }
}
