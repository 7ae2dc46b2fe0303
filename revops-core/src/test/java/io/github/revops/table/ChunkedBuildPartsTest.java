package io.github.revops.table;

import org.junit.jupiter.api.Test;

import java.util.concurrent.ForkJoinPool;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ChunkedBuild#parts}: one chunk per thread of the common pool and the caller, each of at least
 * {@link ChunkedBuild#THRESHOLD} records, and 1 (the calling thread) below two chunks' worth.
 */
class ChunkedBuildPartsTest {

    private static final int THRESHOLD = ChunkedBuild.THRESHOLD;
    /** The common pool's threads and the caller. */
    private static final int THREADS = ForkJoinPool.getCommonPoolParallelism() + 1;

    @Test
    void belowTwoChunksTheTableIsBuiltOnTheCallingThread() {
        assertThat(THRESHOLD).isEqualTo(65_536);
        assertThat(ChunkedBuild.parts(0)).isEqualTo(1);
        assertThat(ChunkedBuild.parts(1)).isEqualTo(1);
        assertThat(ChunkedBuild.parts(THRESHOLD)).isEqualTo(1);
        assertThat(ChunkedBuild.parts(2 * THRESHOLD - 1)).isEqualTo(1);
    }

    @Test
    void eachChunkHoldsAtLeastTheThresholdAndThereIsOnePerThreadAtMost() {
        // the pool has at least one thread, so the caller and it make two chunks of 65,536 records
        assertThat(THREADS).isGreaterThanOrEqualTo(2);
        assertThat(ChunkedBuild.parts(2 * THRESHOLD)).isEqualTo(2);
        assertThat(ChunkedBuild.parts(3 * THRESHOLD - 1)).isEqualTo(2);
        assertThat(ChunkedBuild.parts(3 * THRESHOLD)).isEqualTo(Math.min(THREADS, 3));
        // 2^31 - 1 records: 32,767 chunks' worth, one per thread
        assertThat(ChunkedBuild.parts(Integer.MAX_VALUE)).isEqualTo(THREADS);
        assertThat(ChunkedBuild.parts(THREADS * THRESHOLD)).isEqualTo(THREADS);
    }
}
