package org.policyledger.bench;

import java.util.Arrays;

/**
 * Latencies of many calls: how many, per second over the run, and the 50th and 99th
 * percentiles in ms.
 */
public record Latency(long count, double perSecond, double p50Ms, double p99Ms) {

	/** From the nanoseconds of each call and the nanoseconds the whole run took. */
	static Latency of(long[] nanos, long elapsedNanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		return new Latency(sorted.length, sorted.length * 1e9 / elapsedNanos, percentile(sorted, 0.50),
				percentile(sorted, 0.99));
	}

	private static double percentile(long[] sorted, double rank) {
		return sorted.length == 0 ? 0 : sorted[(int) Math.ceil(rank * sorted.length) - 1] / 1e6;
	}

}
