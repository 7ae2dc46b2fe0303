package io.github.revops.domain;

import io.github.revops.money.Money;
import io.github.revops.time.Period;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.github.revops.domain.DealTest.assertInvalid;
import static io.github.revops.domain.TestDeals.deal;
import static org.assertj.core.api.Assertions.assertThat;

class OtherRecordsTest {

    private static final LocalDate JAN_15 = LocalDate.of(2024, 1, 15);

    @Test
    void spend_isAttributedToItsFirstDay() {
        Spend s = Spend.of("SP-1", JAN_15, Money.parse("USD 5000.00"), SpendCategory.MARKETING, "Paid search", true);
        assertThat(s.date()).isEqualTo(JAN_15);
        assertThat(s.incurred()).isEqualTo(Period.day(JAN_15));
    }

    @Test
    void spend_rejectsNegativeAmountAndMissingFields() {
        assertInvalid(() -> Spend.of("s2", JAN_15, Money.parse("USD -10.00"), SpendCategory.SALES, "Events", false),
                "amount", "USD -10.00", "spend 's2': amount (USD -10.00) must not be negative");
        assertInvalid(() -> Spend.of("s2", JAN_15, Money.parse("USD 10.00"), null, "Events", false),
                "category", "null", "spend 's2': category (null) is required");
        assertInvalid(() -> Spend.of("s2", null, Money.parse("USD 10.00"), SpendCategory.SALES, "Events", false),
                "date", "null", "spend 's2': date (null) is required");
    }

    @Test
    void forecastSubmission_rejectsNegativeAmountAndBlankSubmitter() {
        assertInvalid(() -> new ForecastSubmission("f1", "Ana", Period.quarter(2024, 1), JAN_15,
                        ForecastCategory.COMMIT, Money.parse("USD -1.00")), "amount", "USD -1.00",
                "forecast 'f1': amount (USD -1.00) must not be negative");
        assertInvalid(() -> new ForecastSubmission("f1", " ", Period.quarter(2024, 1), JAN_15,
                        ForecastCategory.COMMIT, Money.parse("USD 1.00")), "submitter", "' '",
                "forecast 'f1': submitter (' ') must not be blank");
    }

    @Test
    void customer_keepsItsSegments() {
        Customer c = Customer.of("ACME", Map.of("region", "EMEA"));
        assertThat(c.segment("region")).contains("EMEA");
        assertInvalid(() -> Customer.of(""), "id", "''", "customer '?': id ('') must not be blank");
    }

    @Test
    void uniqueIds_namesTheDuplicate() {
        List<Deal> deals = List.of(deal("a").build(), deal("dup").build(), deal("dup").build());
        assertInvalid(() -> UniqueIds.check(deals, Deal::id, "deal"), "id", "dup", "deal 'dup': id (dup) is not unique");
        UniqueIds.check(deals.subList(0, 2), Deal::id, "deal");
    }
}
