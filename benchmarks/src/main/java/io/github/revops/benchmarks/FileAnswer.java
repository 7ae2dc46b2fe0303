package io.github.revops.benchmarks;

import java.util.List;
import java.util.Map;

/**
 * The figures the file-to-answer benchmark computes, in a form both sides give exactly: per owner the deals won and
 * lost in the year (win rate = won / (won + lost)), the velocity parts (opportunities open at the year's end, won
 * deals, their value in cents, lost deals, their cycle days); over all owners the number of deals won in the year and
 * the median of their sales cycles, in days.
 *
 * @param perOwner  per owner: won, lost, opportunities, velocity won, won cents, velocity lost, won cycle days
 * @param wonCount  the deals won in the year
 * @param medianWonCycle  the median sales cycle of those deals, in days
 */
record FileAnswer(Map<String, List<Long>> perOwner, long wonCount, double medianWonCycle) {
}
