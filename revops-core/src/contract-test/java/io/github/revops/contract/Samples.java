package io.github.revops.contract;

import com.google.common.testing.ArbitraryInstances;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import java.util.stream.Collector;
import java.util.stream.Collectors;

/**
 * The non-null values a {@link NullContract} passes for every other parameter, and the receivers of instance
 * methods: one valid, small value per type, so that a call with one null argument fails on that argument and on
 * nothing else. A supplier gives a fresh value per call, so mutable builders start clean.
 *
 * <p>Common JDK types have samples here; each module's test adds its own types with {@link #put}. Other JDK types
 * come from guava-testlib's {@link ArbitraryInstances} (empty collections, zero, ""), enums give their first
 * constant. A type with none of these is a problem the contract reports, asking for a sample.
 */
final class Samples {

    /** The sample day: a weekday inside the sample quarters of the modules' tests. */
    static final LocalDate DAY = LocalDate.of(2026, 2, 10);

    private final Map<Class<?>, Supplier<?>> samples = new HashMap<>();

    /** Creates the samples of common JDK types. */
    Samples() {
        put(int.class, () -> 1);
        put(long.class, () -> 1L);
        put(double.class, () -> 1.0);
        put(boolean.class, () -> true);
        put(String.class, () -> "Lead");   // an id, a name, and a stage of LifecycleStages.HUBSPOT
        put(Currency.class, () -> Currency.getInstance("USD"));
        put(LocalDate.class, () -> DAY);
        put(YearMonth.class, () -> YearMonth.of(2026, 2));
        put(Month.class, () -> Month.FEBRUARY);
        put(Instant.class, () -> Instant.parse("2026-02-10T12:00:00Z"));
        put(ZoneId.class, () -> ZoneOffset.UTC);
        put(BigDecimal.class, () -> new BigDecimal("2.50"));
        put(BigInteger.class, () -> BigInteger.TWO);
        put(MathContext.class, () -> MathContext.DECIMAL64);
        put(CharSequence.class, () -> "USD 1.00");
        put(Object.class, () -> "key");
        put(Comparator.class, Comparator::naturalOrder);
        put(Function.class, () -> x -> "key");
        put(ToIntFunction.class, () -> x -> 1);
        put(BinaryOperator.class, () -> (a, b) -> a);
        put(Collector.class, Collectors::toList);
    }

    /**
     * Registers the sample of a type, replacing none.
     *
     * @param type  the type
     * @param sample  gives a fresh sample per call
     * @param <T>  the type
     * @return these samples
     * @throws IllegalStateException if the type has a sample already
     */
    <T> Samples put(Class<T> type, Supplier<? extends T> sample) {
        if (samples.put(type, sample) != null) {
            throw new IllegalStateException("two samples of " + type);
        }
        return this;
    }

    /**
     * Returns a sample of a type: a registered one, the first constant of an enum, or guava-testlib's arbitrary
     * instance of a JDK type.
     *
     * @param type  the type
     * @return the sample, or empty when there is none
     */
    Optional<Object> of(Class<?> type) {
        Supplier<?> supplier = samples.get(type);
        if (supplier != null) {
            return Optional.of(supplier.get());
        }
        if (type.isEnum()) {
            return Optional.of(type.getEnumConstants()[0]);
        }
        return Optional.ofNullable(ArbitraryInstances.get(type));
    }

    /**
     * Returns the registered types, for {@code NullPointerTester.setDefault}.
     *
     * @return the types that have a registered sample
     */
    Set<Class<?>> registered() {
        return Set.copyOf(samples.keySet());
    }
}
