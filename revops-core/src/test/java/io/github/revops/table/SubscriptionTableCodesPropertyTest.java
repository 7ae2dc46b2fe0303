package io.github.revops.table;

import io.github.revops.domain.InvalidRecordException;
import io.github.revops.domain.Subscription;
import io.github.revops.money.Money;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * Rows given by registered customer codes ({@link SubscriptionTable.Builder#customerCode}) build the table the same
 * rows given as Strings build, which is the table of the records ({@link SubscriptionTable#of}): same dictionary,
 * row order, codes and columns, whatever the order of the rows (sorted by customer or shuffled), of the
 * registrations, with ids registered twice or never used and Strings and codes mixed; and a bad row is refused with
 * the String path's error.
 */
class SubscriptionTableCodesPropertyTest {

    private static final Currency USD = Money.currency("USD");

    @Test
    void aTableFromCodesEqualsTheTableFromStringsAndFromRecords() {
        qt().withExamples(80).forAll(longs().all(), integers().between(0, 200)).checkAssert((seed, customers) -> {
            SplittableRandom random = new SplittableRandom(seed);
            List<Subscription> subscriptions = new ArrayList<>(RandomRecords.subscriptions(seed, customers));
            if (random.nextBoolean()) {
                Collections.shuffle(subscriptions, new java.util.Random(seed));
            }
            List<Object> fromRecords = contents(SubscriptionTable.of(USD, subscriptions));
            assertThat(contents(fromStrings(subscriptions))).isEqualTo(fromRecords);
            assertThat(contents(fromCodes(subscriptions, random))).isEqualTo(fromRecords);
        });
    }

    @Test
    void aBadRowIsRefusedByCodesAsByStringsAndTheTablesStayEqual() {
        qt().withExamples(60).forAll(longs().all(), integers().between(1, 80)).checkAssert((seed, customers) -> {
            List<Subscription> subscriptions = RandomRecords.subscriptions(seed, customers);
            SplittableRandom random = new SplittableRandom(seed);
            SubscriptionTable.Builder strings = SubscriptionTable.builder(USD);
            SubscriptionTable.Builder codes = SubscriptionTable.builder(USD);
            int blank = codes.customerCode("  ");
            Codes registry = new Codes(codes, random);
            for (Subscription s : subscriptions) {
                int kind = random.nextInt(6);    // 0: a blank id, 1: a code never given, otherwise good
                setRest(strings.customer(kind == 0 ? "  " : kind == 1 ? null : s.customerId()), s);
                setRest(codes, s);
                registry.set(s);
                if (kind == 0) {
                    codes.customer(blank);
                } else if (kind == 1) {
                    codes.customer(-1 - random.nextInt(3));
                }
                InvalidRecordException byString = catchThrowableOfType(InvalidRecordException.class, strings::add);
                InvalidRecordException byCode = catchThrowableOfType(InvalidRecordException.class, codes::add);
                assertThat(byCode == null).isEqualTo(kind > 1);
                assertThat(byString == null).isEqualTo(kind > 1);
                if (kind == 0) {
                    assertThat(byCode.getMessage()).isEqualTo(byString.getMessage())
                            .endsWith("customerId ('  ') must not be blank");
                } else if (kind == 1) {
                    assertThat(byCode.field()).isEqualTo("customerId");
                    assertThat(byCode.getMessage()).contains("customerId (code -")
                            .contains("is not a code this builder registered");
                }
            }
            assertThat(contents(codes.build())).isEqualTo(contents(strings.build()));
        });
    }

    private static SubscriptionTable fromStrings(List<Subscription> subscriptions) {
        SubscriptionTable.Builder builder = SubscriptionTable.builder(USD);
        for (Subscription s : subscriptions) {
            setRest(builder.customer(s.customerId()), s).add();
        }
        return builder.build();
    }

    private static SubscriptionTable fromCodes(List<Subscription> subscriptions, SplittableRandom random) {
        SubscriptionTable.Builder builder = SubscriptionTable.builder(USD);
        Codes codes = new Codes(builder, random);
        if (random.nextBoolean()) {          // everything registered first, some ids twice, one never used
            for (Subscription s : subscriptions) {
                codes.customer(s.customerId());
            }
            builder.customerCode("never used");
        }
        for (Subscription s : subscriptions) {
            setRest(builder, s);
            codes.set(s);
            builder.add();
        }
        return builder.build();
    }

    private static SubscriptionTable.Builder setRest(SubscriptionTable.Builder builder, Subscription s) {
        builder.amount(s.amount()).interval(s.interval()).start(s.startDate()).trial(s.trial());
        s.endDate().ifPresent(builder::end);
        s.cancellationDate().ifPresent(builder::cancelled);
        return builder;
    }

    /** Everything a table holds: currency, dictionary, every row's code and values. */
    static List<Object> contents(SubscriptionTable table) {
        List<Object> out = new ArrayList<>();
        out.add(table.currency());
        out.add(table.size());
        out.add(table.monthlyDenominator());
        out.add(table.customer().values());
        for (int i = 0; i < table.size(); i++) {
            out.add(List.of(table.customer().code(i), table.startDay(i), table.endDay(i), table.cancellationDay(i),
                    table.isTrial(i), table.isPaying(i), table.monthlyNumerator(i)));
        }
        return out;
    }

    /** A caller's registry: each id registered on first sight (or again, at random), set by code or String. */
    private static final class Codes {

        private final SubscriptionTable.Builder builder;
        private final SplittableRandom random;
        private final Map<String, Integer> customers = new HashMap<>();

        Codes(SubscriptionTable.Builder builder, SplittableRandom random) {
            this.builder = builder;
            this.random = random;
        }

        int customer(String value) {
            if (random.nextInt(16) == 0) {
                customers.put(value, builder.customerCode(value));   // registered again: a second code
            }
            return customers.computeIfAbsent(value, builder::customerCode);
        }

        void set(Subscription s) {
            if (random.nextInt(8) == 0) {
                builder.customer(s.customerId());
            } else {
                builder.customer(customer(s.customerId()));
            }
        }
    }
}
