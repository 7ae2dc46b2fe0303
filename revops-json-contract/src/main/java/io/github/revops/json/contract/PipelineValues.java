package io.github.revops.json.contract;

import io.github.revops.pipeline.DealTally;
import io.github.revops.pipeline.PipelineVelocity;
import io.github.revops.pipeline.SalesCycle;
import io.github.revops.pipeline.StageConversion;
import io.github.revops.pipeline.StageStats;
import io.github.revops.pipeline.WinRate;
import io.github.revops.pipeline.WinRateBasis;
import io.github.revops.pipeline.WinRateDenominator;
import io.github.revops.pipeline.WinRatePolicy;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import static io.github.revops.json.contract.BasicValues.CURRENCY;
import static io.github.revops.json.contract.BasicValues.TEXT;
import static org.quicktheories.generators.Generate.enumValues;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

/** Random pipeline results, each valid: tallies with amounts exactly when they count deals, funnels that add up. */
public final class PipelineValues {

    public static final Gen<DealTally> DEAL_TALLY = in -> tally(in, CURRENCY.generate(in), 10_000);

    public static final Gen<WinRatePolicy> WIN_RATE_POLICY = in -> new WinRatePolicy(
            enumValues(WinRateBasis.class).generate(in), enumValues(WinRateDenominator.class).generate(in));

    public static final Gen<WinRate> WIN_RATE = in -> winRate(in, CURRENCY.generate(in));

    public static final Gen<PipelineVelocity> PIPELINE_VELOCITY = in -> {
        Currency currency = CURRENCY.generate(in);
        DealTally won = tally(in, currency, 10_000);
        long cycleDays = won.count() == 0 ? 0 : longs().between(0, won.count() * 400).generate(in);
        return new PipelineVelocity(longs().between(0, 10_000).generate(in), won, tally(in, currency, 10_000),
                cycleDays);
    };

    public static final Gen<SalesCycle> SALES_CYCLE = in -> new SalesCycle(BasicValues.DAY_HISTOGRAM.generate(in),
            BasicValues.DAY_HISTOGRAM.generate(in));

    public static final Gen<StageStats> STAGE_STATS = in -> stageStats(in, TEXT.generate(in),
            integers().between(0, 1).generate(in) == 0 ? Optional.empty() : Optional.of("next " + TEXT.generate(in)));

    public static final Gen<StageConversion> STAGE_CONVERSION = in -> {
        int size = integers().between(0, 5).generate(in);
        List<StageStats> stages = new ArrayList<>();
        for (int k = 0; k < size; k++) {
            Optional<String> next = k + 1 < size ? Optional.of("stage " + (k + 1)) : Optional.empty();
            stages.add(stageStats(in, "stage " + k, next));
        }
        return new StageConversion(stages);
    };

    private PipelineValues() {
    }

    /** A win rate in a currency: no more deals created and closed than created. */
    static WinRate winRate(RandomnessSource in, Currency currency) {
        DealTally created = tally(in, currency, 10_000);
        DealTally createdWon = tally(in, currency, created.count());
        DealTally createdLost = tally(in, currency, created.count() - createdWon.count());
        return new WinRate(tally(in, currency, 10_000), tally(in, currency, 10_000), createdWon, createdLost,
                created);
    }

    /** A tally of at most {@code most} deals: no amount without a deal, a non-negative exact sum with some. */
    static DealTally tally(RandomnessSource in, Currency currency, long most) {
        long count = longs().between(0, most).generate(in);
        return count == 0 ? DealTally.EMPTY
                : new DealTally(count, Optional.of(BasicValues.exactMoney(in, currency, true)));
    }

    /** A stage's figures that fit together: timed + censored = reached - skipped; none advance from the last. */
    static StageStats stageStats(RandomnessSource in, String stage, Optional<String> next) {
        long reached = longs().between(0, 5_000).generate(in);
        long skipped = longs().between(0, reached).generate(in);
        long advanced = next.isEmpty() ? 0 : longs().between(0, reached).generate(in);
        long timed = longs().between(0, reached - skipped).generate(in);
        return new StageStats(stage, next, reached, skipped, advanced, FunnelValues.histogram(in, timed),
                reached - skipped - timed);
    }
}
