package io.github.revops.spark;

import io.github.revops.math.Rational;
import io.github.revops.money.ExactMoney;
import io.github.revops.money.Money;
import io.github.revops.result.DayHistogram;
import io.github.revops.result.Ratio;
import io.github.revops.time.Period;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;

/** Reads and writes the exact parts shared by several codecs: rationals, money, dates, periods, day histograms. */
final class Parts {

    private Parts() {
    }

    /** Writes text of any length as UTF-8 (DataOutput.writeUTF stops at 65,535 bytes). */
    static void writeText(String value, DataOutput out) throws IOException {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String readText(DataInput in) throws IOException {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    static void writeBigInteger(BigInteger value, DataOutput out) throws IOException {
        if (value.bitLength() < Long.SIZE) {
            out.writeByte(0);
            out.writeLong(value.longValue());
        } else {
            byte[] bytes = value.toByteArray();
            out.writeByte(1);
            out.writeInt(bytes.length);
            out.write(bytes);
        }
    }

    static BigInteger readBigInteger(DataInput in) throws IOException {
        if (in.readByte() == 0) {
            return BigInteger.valueOf(in.readLong());
        }
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return new BigInteger(bytes);
    }

    static void writeRational(Rational value, DataOutput out) throws IOException {
        writeBigInteger(value.numerator(), out);
        writeBigInteger(value.denominator(), out);
    }

    static Rational readRational(DataInput in) throws IOException {
        BigInteger numerator = readBigInteger(in);
        return Rational.of(numerator, readBigInteger(in));
    }

    static void writeRatio(Ratio value, DataOutput out) throws IOException {
        writeRational(value.numerator(), out);
        writeRational(value.denominator(), out);
    }

    static Ratio readRatio(DataInput in) throws IOException {
        Rational numerator = readRational(in);
        return Ratio.of(numerator, readRational(in));
    }

    static void writeMoney(Money value, DataOutput out) throws IOException {
        out.writeUTF(value.currency().getCurrencyCode());
        out.writeLong(value.minorUnits());
    }

    static Money readMoney(DataInput in) throws IOException {
        String code = in.readUTF();
        return Money.ofMinor(code, in.readLong());
    }

    static void writeExactMoney(ExactMoney value, DataOutput out) throws IOException {
        out.writeUTF(value.currency().getCurrencyCode());
        writeRational(value.minorUnits(), out);
    }

    static ExactMoney readExactMoney(DataInput in) throws IOException {
        Currency currency = Money.currency(in.readUTF());
        return ExactMoney.ofMinor(currency, readRational(in));
    }

    static void writeDate(LocalDate value, DataOutput out) throws IOException {
        out.writeLong(value.toEpochDay());
    }

    static LocalDate readDate(DataInput in) throws IOException {
        return LocalDate.ofEpochDay(in.readLong());
    }

    static void writePeriod(Period value, DataOutput out) throws IOException {
        writeDate(value.start(), out);
        writeDate(value.end(), out);
    }

    static Period readPeriod(DataInput in) throws IOException {
        LocalDate start = readDate(in);
        return Period.of(start, readDate(in));
    }

    static <T> void writeOptional(Optional<T> value, DataOutput out, Writer<T> writer) throws IOException {
        out.writeBoolean(value.isPresent());
        if (value.isPresent()) {
            writer.write(value.get(), out);
        }
    }

    static <T> Optional<T> readOptional(DataInput in, Reader<T> reader) throws IOException {
        return in.readBoolean() ? Optional.of(reader.read(in)) : Optional.empty();
    }

    /**
     * Writes a histogram as its distinct day values with their frequencies, in ascending day order.
     */
    static void writeHistogram(DayHistogram value, DataOutput out) throws IOException {
        if (!value.isDefined()) {
            out.writeInt(0);
            return;
        }
        int min = value.min().orElseThrow();
        int max = value.max().orElseThrow();
        int distinct = 0;
        for (int day = min; day <= max; day++) {
            if (value.frequency(day) != 0) {
                distinct++;
            }
        }
        out.writeInt(distinct);
        for (int day = min; day <= max; day++) {
            long frequency = value.frequency(day);
            if (frequency != 0) {
                out.writeInt(day);
                out.writeLong(frequency);
            }
        }
    }

    /**
     * Reads a histogram written by {@link #writeHistogram}, counting each value through the core's builder.
     */
    static DayHistogram readHistogram(DataInput in) throws IOException {
        int distinct = in.readInt();
        DayHistogram.Builder builder = DayHistogram.builder();
        for (int i = 0; i < distinct; i++) {
            int day = in.readInt();
            long frequency = in.readLong();
            for (long n = 0; n < frequency; n++) {
                builder.add(day);
            }
        }
        return builder.build();
    }

    /** Writes one value. */
    @FunctionalInterface
    interface Writer<T> {
        void write(T value, DataOutput out) throws IOException;
    }

    /** Reads one value. */
    @FunctionalInterface
    interface Reader<T> {
        T read(DataInput in) throws IOException;
    }
}
