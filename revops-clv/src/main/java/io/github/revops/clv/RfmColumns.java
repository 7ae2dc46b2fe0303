package io.github.revops.clv;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;

/**
 * Customers' (x, t_x, T) as columns, identical rows merged into one with a weight, and each row's frequency as an
 * index into the distinct frequencies; a likelihood evaluation then costs one log-gamma per distinct frequency and
 * a few logs per distinct row, and allocates nothing.
 */
final class RfmColumns {

    final double[] frequencies;
    final int[] frequencyIndex;
    final double[] recency;
    final double[] age;
    final double[] weight;

    private RfmColumns(double[] frequencies, int[] frequencyIndex, double[] recency, double[] age, double[] weight) {
        this.frequencies = frequencies;
        this.frequencyIndex = frequencyIndex;
        this.recency = recency;
        this.age = age;
        this.weight = weight;
    }

    private record Key(long frequency, double recency, double age) {
    }

    static RfmColumns of(Collection<RfmSummary> customers) {
        return of(customers, RfmSummary::frequency, RfmSummary::recency, RfmSummary::age);
    }

    /**
     * Returns the columns of any histories with a frequency, a recency and an age (or number of periods).
     *
     * @param <H>  the history type
     * @param histories  the histories, not null
     * @param frequency  x of a history
     * @param recencyOf  t_x of a history
     * @param ageOf  T (or n) of a history
     * @return the columns, identical rows merged
     */
    static <H> RfmColumns of(Collection<H> histories, ToLongFunction<H> frequency, ToDoubleFunction<H> recencyOf,
                             ToDoubleFunction<H> ageOf) {
        Map<Key, Long> rows = new LinkedHashMap<>();
        for (H h : histories) {
            rows.merge(new Key(frequency.applyAsLong(h), recencyOf.applyAsDouble(h), ageOf.applyAsDouble(h)), 1L,
                    Long::sum);
        }
        Map<Long, Integer> distinct = new HashMap<>();
        List<Long> frequencies = new ArrayList<>();
        int n = rows.size();
        int[] index = new int[n];
        double[] recency = new double[n];
        double[] age = new double[n];
        double[] weight = new double[n];
        int i = 0;
        for (Map.Entry<Key, Long> row : rows.entrySet()) {
            Key key = row.getKey();
            index[i] = distinct.computeIfAbsent(key.frequency(), f -> {
                frequencies.add(f);
                return frequencies.size() - 1;
            });
            recency[i] = key.recency();
            age[i] = key.age();
            weight[i] = row.getValue();
            i++;
        }
        double[] f = new double[frequencies.size()];
        for (int j = 0; j < f.length; j++) {
            f[j] = frequencies.get(j);
        }
        return new RfmColumns(f, index, recency, age, weight);
    }

    /**
     * Returns the number of distinct rows.
     *
     * @return the distinct (x, t_x, T) rows
     */
    int rows() {
        return weight.length;
    }

    /**
     * Checks that the histories can identify a model: more than one distinct history, some time observed, some
     * repeat purchase.
     *
     * @param model  the model's name, for the message
     * @param customers  the number of customers
     * @param time  what T is called ("age T", "periods n")
     * @throws ModelFitException if they cannot
     */
    void checkIdentifiable(String model, long customers, String time) {
        boolean observed = false;
        for (double t : age) {
            observed |= t > 0;
        }
        if (!observed) {
            throw new ModelFitException(model, "every one of the " + customers + " customers has " + time
                    + " 0: nothing was observed, so the data do not identify the model");
        }
        boolean repeated = false;
        for (double x : frequencies) {
            repeated |= x > 0;
        }
        if (!repeated) {
            throw new ModelFitException(model, "none of the " + customers + " customers made a repeat purchase"
                    + " (every frequency is 0): the purchase rate cannot be estimated, so the data do not identify"
                    + " the model");
        }
        if (rows() < 2) {
            throw new ModelFitException(model, "all " + customers + " customers have the same history (x "
                    + number(frequencies[0]) + ", t_x " + number(recency[0]) + ", " + time + " " + number(age[0])
                    + "): one distinct history"
                    + " does not identify the model");
        }
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value);
    }
}
