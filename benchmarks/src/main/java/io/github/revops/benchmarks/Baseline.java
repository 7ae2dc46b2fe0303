package io.github.revops.benchmarks;

/**
 * The hand-written loops over primitive arrays that the performance issue takes as the bar: one thread, no library,
 * each computing only the figures its benchmark reports.
 */
final class Baseline {

    private Baseline() {
    }

    /** Win rate in the window: {won, won + lost, won cents, won + lost cents}. */
    static long[] winRate(SyntheticData d) {
        int from = DuckDb.Months.WINDOW_START;
        int to = DuckDb.Months.WINDOW_END;
        long won = 0;
        long closed = 0;
        long wonCents = 0;
        long closedCents = 0;
        byte[] status = d.status;
        int[] closeDay = d.closed;
        long[] amount = d.amount;
        for (int i = 0; i < d.dealCount; i++) {
            int c = closeDay[i];
            if (c >= from && c < to) {
                long a = amount[i];
                closed++;
                closedCents += a;
                if (status[i] == SyntheticData.WON) {
                    won++;
                    wonCents += a;
                }
            }
        }
        return new long[] {won, closed, wonCents, closedCents};
    }

    /** Sales cycle of deals won in the window: the day histogram's frequencies (index = days). */
    static long[] salesCycle(SyntheticData d) {
        int from = DuckDb.Months.WINDOW_START;
        int to = DuckDb.Months.WINDOW_END;
        long[] frequency = new long[731];
        byte[] status = d.status;
        int[] closeDay = d.closed;
        int[] created = d.created;
        for (int i = 0; i < d.dealCount; i++) {
            int c = closeDay[i];
            if (c >= from && c < to && status[i] == SyntheticData.WON) {
                frequency[c - created[i]]++;
            }
        }
        return frequency;
    }

    /** Pipeline velocity parts per owner: rows {opportunities, won, won cents, lost, won cycle days}. */
    static long[][] velocity(SyntheticData d) {
        int from = DuckDb.Months.WINDOW_START;
        int to = DuckDb.Months.WINDOW_END;
        long[] opportunities = new long[d.ownerCount];
        long[] won = new long[d.ownerCount];
        long[] wonCents = new long[d.ownerCount];
        long[] lost = new long[d.ownerCount];
        long[] cycle = new long[d.ownerCount];
        byte[] status = d.status;
        int[] closeDay = d.closed;
        int[] created = d.created;
        int[] owner = d.owner;
        long[] amount = d.amount;
        for (int i = 0; i < d.dealCount; i++) {
            int o = owner[i];
            int c = closeDay[i];
            int made = created[i];
            if (made < to && (c == SyntheticData.OPEN || c >= to)) {
                opportunities[o]++;
            }
            if (c >= from && c < to) {
                if (status[i] == SyntheticData.WON) {
                    won[o]++;
                    wonCents[o] += amount[i];
                    cycle[o] += c - made;
                } else {
                    lost[o]++;
                }
            }
        }
        return new long[][] {opportunities, won, wonCents, lost, cycle};
    }

    /** MRR (cents) at the 36 month ends of 2022-2024. */
    static long[] mrrAtMonthEnds(SyntheticData d) {
        long[] delta = new long[States.COUNT + 1];
        int[] start = d.start;
        int[] end = d.end;
        long[] mrr = d.mrr;
        for (int i = 0; i < d.subscriptionCount; i++) {
            long m = mrr[i];
            delta[States.firstState(start[i])] += m;
            int e = end[i];
            delta[e == SyntheticData.NO_END ? States.COUNT : States.firstState(e)] -= m;
        }
        long[] out = new long[DuckDb.Months.COUNT];
        long running = delta[0];
        for (int s = 1; s < States.COUNT; s++) {
            running += delta[s];
            out[s - 1] = running;
        }
        return out;
    }

    /**
     * The MRR bridge of each of the 36 months: rows {new, expansion, reactivation, contraction, churn} in cents, each
     * a row of 36 months.
     */
    static long[][] bridge(SyntheticData d) {
        int months = DuckDb.Months.COUNT;
        long[][] out = new long[5][months];
        long[] state = new long[States.COUNT + 1];
        int[] customer = d.subCustomer;
        int[] start = d.start;
        int[] end = d.end;
        long[] mrr = d.mrr;
        int i = 0;
        int n = d.subscriptionCount;
        while (i < n) {
            int c = customer[i];
            int firstStart = Integer.MAX_VALUE;
            java.util.Arrays.fill(state, 0);
            for (; i < n && customer[i] == c; i++) {
                long m = mrr[i];
                firstStart = Math.min(firstStart, start[i]);
                state[States.firstState(start[i])] += m;
                int e = end[i];
                state[e == SyntheticData.NO_END ? States.COUNT : States.firstState(e)] -= m;
            }
            long before = state[0];
            for (int s = 1; s < States.COUNT; s++) {
                long after = before + state[s];
                int month = s - 1;
                if (before == 0) {
                    if (after > 0) {
                        out[firstStart < States.monthStart(month) ? 2 : 0][month] += after;
                    }
                } else if (after == 0) {
                    out[4][month] += before;
                } else if (after > before) {
                    out[1][month] += after - before;
                } else if (after < before) {
                    out[3][month] += before - after;
                }
                before = after;
            }
        }
        return out;
    }

    /** Logo churn of each of the 36 months: rows {customers at start, churned}. */
    static long[][] logoChurn(SyntheticData d) {
        int months = DuckDb.Months.COUNT;
        long[][] out = new long[2][months];
        int[] active = new int[States.COUNT + 1];
        int[] customer = d.subCustomer;
        int[] start = d.start;
        int[] end = d.end;
        int i = 0;
        int n = d.subscriptionCount;
        while (i < n) {
            int c = customer[i];
            java.util.Arrays.fill(active, 0);
            for (; i < n && customer[i] == c; i++) {
                active[States.firstState(start[i])]++;
                int e = end[i];
                active[e == SyntheticData.NO_END ? States.COUNT : States.firstState(e)]--;
            }
            int before = active[0];
            for (int s = 1; s < States.COUNT; s++) {
                int after = before + active[s];
                if (before > 0) {
                    out[0][s - 1]++;
                    if (after == 0) {
                        out[1][s - 1]++;
                    }
                }
                before = after;
            }
        }
        return out;
    }
}
