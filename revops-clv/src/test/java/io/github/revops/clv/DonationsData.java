package io.github.revops.clv;

import java.util.ArrayList;
import java.util.List;

/**
 * Loads donations.csv (see src/test/resources/io/github/revops/clv/README.md): one {@link DiscreteHistory} per donor,
 * 11,104 in all, ids "D-1" onwards in file order.
 */
final class DonationsData {

    private DonationsData() {
    }

    static List<DiscreteHistory> donors() {
        List<DiscreteHistory> out = new ArrayList<>();
        CdnowData.lines("donations.csv", line -> {
            if (!line.startsWith("frequency")) {
                String[] f = line.trim().split(",");
                int weight = Integer.parseInt(f[3]);
                for (int i = 0; i < weight; i++) {
                    out.add(DiscreteHistory.of("D-" + (out.size() + 1), Integer.parseInt(f[0]),
                            Integer.parseInt(f[1]), Integer.parseInt(f[2])));
                }
            }
        });
        return out;
    }
}
