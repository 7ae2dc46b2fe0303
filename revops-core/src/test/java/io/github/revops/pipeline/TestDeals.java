package io.github.revops.pipeline;

import io.github.revops.domain.Deal;
import io.github.revops.domain.DealType;
import io.github.revops.money.Money;

import java.time.LocalDate;

/** Short builders of deals for the pipeline tests. */
final class TestDeals {

    private TestDeals() {
    }

    static Deal won(String id, String owner, String amount, LocalDate created, LocalDate closed) {
        return base(id, owner, amount, created).won(closed).build();
    }

    static Deal lost(String id, String owner, String amount, LocalDate created, LocalDate closed) {
        return base(id, owner, amount, created).lost(closed).build();
    }

    static Deal open(String id, String owner, String amount, LocalDate created) {
        return base(id, owner, amount, created).open().build();
    }

    static Deal.Builder base(String id, String owner, String amount, LocalDate created) {
        return Deal.builder(id).customer("C-" + id).owner(owner).source("web").type(DealType.NEW_BUSINESS)
                .amount(Money.parse(amount)).created(created);
    }
}
