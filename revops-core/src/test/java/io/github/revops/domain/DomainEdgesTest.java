package io.github.revops.domain;

import com.google.common.testing.EqualsTester;
import io.github.revops.math.Rational;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The small domain types at their edges, and {@link UniqueIds} on ids whose hash codes collide or are negative
 * ("Aa" and "BB" share the hash code 2112, so every string of such blocks shares one; "polygenelubricants" hashes to
 * {@code Integer.MIN_VALUE}).
 */
class DomainEdgesTest {

    @Test
    void uniqueIds_tellApartDistinctIdsOfOneHashCode() {
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        UniqueIds.check(List.of("Aa", "BB"), Function.identity(), "deal");
        UniqueIds.check(List.of("BB", "c", "Aa"), Function.identity(), "deal");
        assertThatThrownBy(() -> UniqueIds.check(List.of("Aa", "BB", "Aa"), Function.identity(), "deal"))
                .isInstanceOf(InvalidRecordException.class).hasMessage("deal 'Aa': id (Aa) is not unique");
    }

    @Test
    void uniqueIds_handleNegativeHashCodes() {
        assertThat("polygenelubricants".hashCode()).isEqualTo(Integer.MIN_VALUE);
        UniqueIds.check(List.of("polygenelubricants", "x"), Function.identity(), "deal");
        assertThatThrownBy(() -> UniqueIds.check(List.of("polygenelubricants", "x", "polygenelubricants"),
                Function.identity(), "subscription"))
                .isInstanceOf(InvalidRecordException.class)
                .hasMessage("subscription 'polygenelubricants': id (polygenelubricants) is not unique");
    }

    @Test
    void uniqueIds_inALargeGroupOfOneHashCode_nameTheFirstRepeatInIterationOrder() {
        // the 16 strings of four "Aa"/"BB" blocks share one hash code; then the 5th and the 3rd come again
        List<String> ids = new ArrayList<>();
        for (int bits = 0; bits < 16; bits++) {
            StringBuilder id = new StringBuilder();
            for (int block = 3; block >= 0; block--) {
                id.append((bits >> block & 1) == 0 ? "Aa" : "BB");
            }
            ids.add(id.toString());
        }
        assertThat(ids.stream().map(String::hashCode).distinct()).hasSize(1);
        UniqueIds.check(ids, Function.identity(), "deal");
        ids.add(ids.get(4));
        ids.add(ids.get(2));
        assertThatThrownBy(() -> UniqueIds.check(ids, Function.identity(), "deal"))
                .isInstanceOf(InvalidRecordException.class)
                .hasMessage("deal 'AaBBAaAa': id (AaBBAaAa) is not unique");
    }

    @Test
    void billingInterval_everyOneThreeOrTwelveMonths_isTheNamedInterval() {
        assertThat(BillingInterval.everyMonths(1)).isSameAs(BillingInterval.MONTH);
        assertThat(BillingInterval.everyMonths(3)).isSameAs(BillingInterval.QUARTER);
        assertThat(BillingInterval.everyMonths(12)).isSameAs(BillingInterval.YEAR);
        assertThat(BillingInterval.everyMonths(6).months()).isEqualTo(6);
        assertThat(BillingInterval.everyMonths(6).monthlyFactor()).isEqualTo(Rational.of(1, 6));
        assertThat(BillingInterval.YEAR.months()).isEqualTo(12);
        assertThatThrownBy(() -> BillingInterval.everyMonths(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("months (0) must be >= 1");
        new EqualsTester()
                .addEqualityGroup(BillingInterval.everyMonths(6), BillingInterval.parse("EVERY_6_MONTHS"))
                .addEqualityGroup(BillingInterval.everyMonths(2))
                .addEqualityGroup(BillingInterval.MONTH, BillingInterval.parse("MONTH"))
                .addEqualityGroup(BillingInterval.WEEK)
                .testEquals();
        assertThat(BillingInterval.everyMonths(6).hashCode()).isEqualTo("EVERY_6_MONTHS".hashCode());
    }

    @Test
    void dealStatus_closedIsWonOrLost() {
        assertThat(List.of(DealStatus.OPEN, DealStatus.WON, DealStatus.LOST)).extracting(DealStatus::isClosed)
                .containsExactly(false, true, true);
    }

    @Test
    void customerOf_keepsItsSegments() {
        Customer acme = Customer.of("acme", Map.of("region", "EMEA"));
        assertThat(acme.id()).isEqualTo("acme");
        assertThat(acme.segment("region")).contains("EMEA");
        assertThat(Customer.of("acme").segments()).isEmpty();
    }

    @Test
    void invalidRecord_carriesItsParts() {
        InvalidRecordException e = new InvalidRecordException("deal", "D-7", "amount", "USD -1.00",
                "must not be negative");
        assertThat(e.record()).isEqualTo("deal");
        assertThat(e.id()).isEqualTo("D-7");
        assertThat(e.field()).isEqualTo("amount");
        assertThat(e.value()).isEqualTo("USD -1.00");
        assertThat(e).hasMessage("deal 'D-7': amount (USD -1.00) must not be negative");
    }
}
