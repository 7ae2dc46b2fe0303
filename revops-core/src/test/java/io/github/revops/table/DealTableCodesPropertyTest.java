package io.github.revops.table;

import io.github.revops.domain.Deal;
import io.github.revops.domain.InvalidRecordException;
import io.github.revops.money.Money;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
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
 * Rows given by registered codes ({@link DealTable.Builder#customerCode} and the like) build the table the same rows
 * given as Strings build, which is the table of the records ({@link DealTable#of}): same dictionaries, codes,
 * segment columns and primitive columns, whatever the order and number of registrations, with values registered
 * twice or never used, and with Strings and codes mixed; and a bad row is refused with the String path's error.
 */
class DealTableCodesPropertyTest {

    private static final Currency USD = Money.currency("USD");

    @Test
    void aTableFromCodesEqualsTheTableFromStringsAndFromRecords() {
        qt().withExamples(80).forAll(longs().all(), integers().between(0, 300)).checkAssert((seed, size) -> {
            List<Deal> deals = RandomRecords.deals(seed, size);
            List<Object> fromRecords = DealTableConcatPropertyTest.contents(DealTable.of(USD, deals));
            assertThat(DealTableConcatPropertyTest.contents(fromStrings(deals))).isEqualTo(fromRecords);
            assertThat(DealTableConcatPropertyTest.contents(fromCodes(deals, new SplittableRandom(seed))))
                    .isEqualTo(fromRecords);
        });
    }

    @Test
    void aBadRowIsRefusedByCodesAsByStringsAndTheTablesStayEqual() {
        qt().withExamples(60).forAll(longs().all(), integers().between(1, 120)).checkAssert((seed, size) -> {
            List<Deal> deals = RandomRecords.deals(seed, size);
            SplittableRandom random = new SplittableRandom(seed);
            DealTable.Builder strings = DealTable.builder(USD);
            DealTable.Builder codes = DealTable.builder(USD);
            int blank = codes.ownerCode(" ");
            Codes registry = new Codes(codes, random);
            for (Deal deal : deals) {
                boolean bad = random.nextInt(4) == 0;
                setByStrings(strings, deal, bad ? " " : deal.owner());
                registry.set(deal);
                if (bad) {
                    codes.owner(blank);
                }
                InvalidRecordException byString = catchThrowableOfType(InvalidRecordException.class, strings::add);
                InvalidRecordException byCode = catchThrowableOfType(InvalidRecordException.class, codes::add);
                assertThat(byCode == null ? null : byCode.getMessage())
                        .isEqualTo(byString == null ? null : byString.getMessage());
                assertThat(byCode == null).isEqualTo(!bad);
            }
            assertThat(DealTableConcatPropertyTest.contents(codes.build()))
                    .isEqualTo(DealTableConcatPropertyTest.contents(strings.build()));
        });
    }

    private static DealTable fromStrings(List<Deal> deals) {
        DealTable.Builder builder = DealTable.builder(USD);
        for (Deal deal : deals) {
            setByStrings(builder, deal, deal.owner());
            builder.add();
        }
        return builder.build();
    }

    private static void setByStrings(DealTable.Builder builder, Deal deal, String owner) {
        builder.customer(deal.customerId()).owner(owner).source(deal.source());
        setRest(builder, deal);
        deal.segments().forEach(builder::segment);
    }

    private static void setRest(DealTable.Builder builder, Deal deal) {
        builder.type(deal.type()).amountMinor(deal.amount().minorUnits()).created(deal.createdDate());
        if (deal.closeDate().isPresent()) {
            builder.closed(deal.status(), TableRows.epochDay(deal.closeDate().orElseThrow()));
        }
    }

    private static DealTable fromCodes(List<Deal> deals, SplittableRandom random) {
        DealTable.Builder builder = DealTable.builder(USD);
        Codes codes = new Codes(builder, random);
        if (random.nextBoolean()) {          // everything registered first, some values twice, some never used
            for (Deal deal : deals) {
                codes.customer(deal.customerId());
                codes.owner(deal.owner());
            }
            builder.customerCode("never used");
            builder.segmentCode("unused attribute", "x");
            builder.segmentCode("region", "never used");
        }
        for (Deal deal : deals) {
            codes.set(deal);
            builder.add();
        }
        return builder.build();
    }

    /** A caller's registry: each value registered on first sight (or again, at random), set by code or String. */
    private static final class Codes {

        private final DealTable.Builder builder;
        private final SplittableRandom random;
        private final Map<String, Integer> customers = new HashMap<>();
        private final Map<String, Integer> owners = new HashMap<>();
        private final Map<String, Integer> sources = new HashMap<>();
        private final Map<List<String>, Integer> segments = new HashMap<>();

        Codes(DealTable.Builder builder, SplittableRandom random) {
            this.builder = builder;
            this.random = random;
        }

        int customer(String value) {
            return code(customers, value, builder::customerCode);
        }

        int owner(String value) {
            return code(owners, value, builder::ownerCode);
        }

        void set(Deal deal) {
            if (random.nextInt(8) == 0) {
                builder.customer(deal.customerId());
            } else {
                builder.customer(customer(deal.customerId()));
            }
            builder.owner(owner(deal.owner()));
            if (random.nextInt(8) == 0) {
                builder.source(deal.source());
            } else {
                builder.source(code(sources, deal.source(), builder::sourceCode));
            }
            setRest(builder, deal);
            List<String> names = new ArrayList<>(deal.segments().keySet());
            for (String name : names) {
                String value = deal.segments().get(name);
                if (random.nextInt(8) == 0) {
                    builder.segment(name, value);
                } else {
                    builder.segment(code(segments, List.of(name, value),
                            pair -> builder.segmentCode(pair.get(0), pair.get(1))));
                }
            }
        }

        private <K> int code(Map<K, Integer> codes, K value, java.util.function.ToIntFunction<K> register) {
            if (random.nextInt(16) == 0) {
                codes.put(value, register.applyAsInt(value));   // registered again: a second code for the value
            }
            return codes.computeIfAbsent(value, register::applyAsInt);
        }
    }
}
