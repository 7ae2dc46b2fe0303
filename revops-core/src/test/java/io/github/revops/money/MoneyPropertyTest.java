package io.github.revops.money;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import java.math.BigInteger;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

class MoneyPropertyTest {

    private static final List<String> CODES = List.of("USD", "EUR", "JPY", "KWD", "GBP");

    private static Gen<Money> money() {
        return integers().between(0, CODES.size() - 1).zip(longs().between(-1_000_000_000_000L, 1_000_000_000_000L),
                (i, minor) -> Money.ofMinor(CODES.get(i), minor));
    }

    private static Gen<Money> usd() {
        return longs().between(-1_000_000_000_000L, 1_000_000_000_000L).map(minor -> Money.ofMinor("USD", minor));
    }

    @Test
    void parseOfToStringIsIdentity() {
        qt().forAll(money()).check(m -> Money.parse(m.toString()).equals(m));
    }

    @Test
    void plusIsAssociativeAndCommutativeWithZeroIdentity() {
        qt().forAll(usd(), usd(), usd()).check((a, b, c) ->
                a.plus(b).plus(c).equals(a.plus(b.plus(c)))
                        && a.plus(b).equals(b.plus(a))
                        && a.plus(Money.zero(a.currency())).equals(a)
                        && a.plus(b).minus(b).equals(a));
    }

    @Test
    void allocatePartsAddBackExactlyAndDifferByAtMostOneUnitFromTheirShare() {
        qt().forAll(usd(), integers().between(1, 12), longs().between(0, 1_000_000L))
                .check((m, n, seed) -> {
                    long[] weights = new long[n];
                    java.util.Random random = new java.util.Random(seed);
                    for (int i = 0; i < n; i++) {
                        weights[i] = random.nextInt(1000);
                    }
                    weights[random.nextInt(n)] += 1; // never all zero
                    List<Money> parts = m.allocate(weights);
                    long total = 0;
                    for (long w : weights) {
                        total += w;
                    }
                    boolean fair = true;
                    for (int i = 0; i < n; i++) {
                        BigInteger share = BigInteger.valueOf(m.minorUnits()).multiply(BigInteger.valueOf(weights[i]))
                                .divide(BigInteger.valueOf(total));
                        long diff = Math.abs(parts.get(i).minorUnits() - share.longValueExact());
                        fair &= diff <= 1 && (weights[i] > 0 || parts.get(i).isZero());
                    }
                    return Money.total(m.currency(), parts).equals(m) && parts.size() == n && fair;
                });
    }

    @Test
    void splitPartsAddBackExactly() {
        qt().forAll(usd(), integers().between(1, 400)).check((m, n) -> {
            List<Money> parts = m.split(n);
            assertThat(Money.total(m.currency(), parts)).isEqualTo(m);
            return parts.size() == n;
        });
    }
}
