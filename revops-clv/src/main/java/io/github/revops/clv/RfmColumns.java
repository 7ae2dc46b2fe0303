package io.github.revops.clv;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        Map<Key, Long> rows = new LinkedHashMap<>();
        for (RfmSummary c : customers) {
            rows.merge(new Key(c.frequency(), c.recency(), c.age()), 1L, Long::sum);
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
}
