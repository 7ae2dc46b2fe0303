package io.github.revops.domain;

import io.github.revops.economics.Acquisition;
import io.github.revops.forecast.Quota;
import io.github.revops.money.Money;
import io.github.revops.time.Period;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/**
 * The records a file or a caller hands in ({@link Customer}, {@link Spend}, {@link ForecastSubmission},
 * {@link Contact} and its builder, {@link StageEntry}, {@link Quota}, {@link Acquisition}) with every field drawn
 * from hostile values: null, blank, control characters, 100,000-character text, {@link LocalDate#MIN} and
 * {@link LocalDate#MAX}, negative and extreme amounts. A record either keeps exactly what it was given, or its
 * constructor throws the documented exception for the first bad field in declaration order, its message naming
 * the record and the field in at most 300 characters however long the input.
 */
@Tag("hostile-input")
class RecordsHostileInputTest {

    private static final Duration BOUND = Duration.ofSeconds(10);
    private static final int MESSAGE_BOUND = 300;
    private static final String LONG = "x".repeat(100_000);
    private static final List<String> TEXTS = Arrays.asList("C-1", null, "", " \t", "\u001b[31mred\u001b[0m", LONG,
            "\uD83D\uDCB0", "\u0000", "a\r\nb");
    private static final List<LocalDate> DATES = Arrays.asList(LocalDate.of(2026, 1, 5), null, LocalDate.MIN,
            LocalDate.MAX, LocalDate.of(1969, 12, 31));
    private static final List<Money> AMOUNTS = Arrays.asList(Money.parse("USD 10.00"), null, Money.parse("USD 0.00"),
            Money.parse("USD -0.01"), Money.ofMinor("USD", Long.MAX_VALUE), Money.ofMinor("JPY", Long.MIN_VALUE),
            Money.parse("EUR 1.00"));
    private static final List<Period> PERIODS = Arrays.asList(Period.quarter(2026, 1), null,
            Period.of(LocalDate.MIN, LocalDate.MAX), Period.day(LocalDate.MAX.minusDays(1)));

    @Test
    void customers() {
        check(6, f -> {
            Map<String, String> segments = segments(f[1], f[2]);
            Expect expect = new Expect("customer").text("id", text(f[0])).map("segments", segments);
            expect.verify(() -> new Customer(text(f[0]), segments),
                    c -> assertThat(c.segments()).isEqualTo(segments));
        });
    }

    @Test
    void spend() {
        check(6, f -> {
            String id = text(f[0]);
            LocalDate date = date(f[1]);
            Money amount = amount(f[2]);
            SpendCategory category = f[3] % 3 == 0 ? null : SpendCategory.values()[f[3] % 2];
            String channel = text(f[4]);
            Expect expect = new Expect("spend").text("id", id).present("date", date)
                    .rule("date", date != null && date.equals(LocalDate.MAX))
                    .amount("amount", amount).present("category", category).text("channel", channel);
            expect.verify(() -> Spend.of(id, date, amount, category, channel, f[5] % 2 == 0), s -> {
                assertThat(s.id()).isSameAs(id);
                assertThat(s.date()).isEqualTo(date);
                assertThat(s.amount()).isEqualTo(amount);
                assertThat(s.channel()).isSameAs(channel);
            });
        });
    }

    @Test
    void forecastSubmissions() {
        check(6, f -> {
            String id = text(f[0]);
            String submitter = text(f[1]);
            Period period = period(f[2]);
            LocalDate submitted = date(f[3]);
            ForecastCategory category = f[4] % 4 == 0 ? null : ForecastCategory.values()[f[4] % 3];
            Money amount = amount(f[5]);
            Expect expect = new Expect("forecast").text("id", id).text("submitter", submitter)
                    .present("period", period).present("submittedDate", submitted).present("category", category)
                    .amount("amount", amount);
            expect.verify(() -> new ForecastSubmission(id, submitter, period, submitted, category, amount),
                    s -> assertThat(s.amount()).isEqualTo(amount));
        });
    }

    @Test
    void contactsThroughTheBuilder() {
        check(6, f -> {
            String id = text(f[0]);
            String owner = text(f[1]);
            String source = text(f[2]);
            String stage = text(f[3]);
            LocalDate date = date(f[4]);
            Expect expect = new Expect("contact").text("id", id).text("owner", owner).text("source", source)
                    .rule("stageDates", stage == null || stage.isBlank() || date == null);
            expect.verify(() -> Contact.builder(id).owner(owner).source(source).entered(stage, date).build(),
                    c -> assertThat(c.entered(stage)).hasValue(date));
        });
    }

    @Test
    void stageEntriesQuotasAndAcquisitions() {
        check(3, f -> {
            String text = text(f[0]);
            LocalDate date = date(f[1]);
            Money amount = amount(f[2]);
            Period period = period(f[2]);
            new Expect("quota").text("owner", text).present("period", period).amount("amount", amount)
                    .verify(() -> new Quota(text, period, amount), q -> assertThat(q.amount()).isEqualTo(amount));
            Supplier<Object> entry = () -> StageEntry.of(text, date);
            Supplier<Object> acquisition = () -> new Acquisition(text, date, Optional.empty());
            for (Supplier<Object> plain : List.of(entry, acquisition)) {
                try {
                    assertThat(plain.get()).isNotNull();
                    assertThat(text != null && !text.isBlank() && date != null).isTrue();
                } catch (NullPointerException e) {
                    assertThat(e.getMessage()).isIn("stage", "entered", "customerId", "date");
                } catch (IllegalArgumentException e) {
                    assertThat(text).isNotNull();
                    assertThat(text.isBlank()).isTrue();
                    assertThat(e.getMessage()).hasSizeLessThanOrEqualTo(MESSAGE_BOUND).endsWith("must not be blank");
                }
            }
        });
    }

    private static Map<String, String> segments(int key, int value) {
        Map<String, String> segments = new HashMap<>();
        segments.put(text(key), text(value));
        return segments;
    }

    private interface Fields {
        void check(int[] f);
    }

    /** Runs a property over picks of {@code fields} values; {@link #text}, {@link #date}... map a pick to one. */
    private static void check(int fields, Fields property) {
        Gen<int[]> picks = lists().of(integers().between(0, 1_000)).ofSize(fields)
                .map(l -> l.stream().mapToInt(Integer::intValue).toArray());
        assertTimeoutPreemptively(BOUND, () -> qt().withExamples(300).forAll(picks).checkAssert(property::check));
    }

    private static String text(int pick) {
        return TEXTS.get(pick % TEXTS.size());
    }

    private static LocalDate date(int pick) {
        return DATES.get(pick % DATES.size());
    }

    private static Money amount(int pick) {
        return AMOUNTS.get(pick % AMOUNTS.size());
    }

    private static Period period(int pick) {
        return PERIODS.get(pick % PERIODS.size());
    }

    /** The documented outcome: the first field that breaks a rule, in declaration order, or none. */
    private static final class Expect {

        private final String record;
        private String field;

        Expect(String record) {
            this.record = record;
        }

        Expect text(String name, String value) {
            return rule(name, value == null || value.isBlank());
        }

        Expect present(String name, Object value) {
            return rule(name, value == null);
        }

        Expect amount(String name, Money value) {
            return rule(name, value == null || value.isNegative());
        }

        Expect map(String name, Map<String, String> value) {
            return rule(name, value.containsKey(null) || value.containsValue(null));
        }

        Expect rule(String name, boolean broken) {
            if (field == null && broken) {
                field = name;
            }
            return this;
        }

        <R> void verify(Supplier<R> build, java.util.function.Consumer<R> kept) {
            try {
                R built = build.get();
                assertThat(field).as("%s should have been rejected", record).isNull();
                kept.accept(built);
            } catch (InvalidRecordException e) {
                assertThat(e.field()).as(e.getMessage()).isEqualTo(field);
                assertThat(e.record()).isEqualTo(record);
                assertThat(e.getMessage()).hasSizeLessThanOrEqualTo(MESSAGE_BOUND).startsWith(record + " '");
            }
        }
    }
}
