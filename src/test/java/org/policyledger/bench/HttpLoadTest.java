package org.policyledger.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.policyledger.bench.BenchReport.Http;

class HttpLoadTest {

	private static final String WRK = """
			Running 15s test @ http://localhost:8089/
			  2 threads and 16 connections
			  Thread Stats   Avg      Stdev     Max   +/- Stdev
			    Latency     9.97ms    9.19ms 104.99ms   84.64%
			    Req/Sec     0.96k   300.62     1.67k    67.00%
			  Latency Distribution
			     50%  717.00us
			     75%   12.93ms
			     90%   21.73ms
			     99%   1.20s
			  28768 requests in 15.09s, 40.28MB read
			  Socket errors: connect 0, read 2, write 0, timeout 1
			  Non-2xx or 3xx responses: 4
			Requests/sec:   1906.31
			Transfer/sec:      2.67MB
			""";

	@Test
	void readsRequestsPercentilesAndEveryKindOfErrorFromWrk() throws IOException {
		Http http = HttpLoad.parseWrk(16, WRK);
		assertThat(http.generator()).isEqualTo("wrk");
		assertThat(http.reads().count()).isEqualTo(28_768);
		assertThat(http.reads().perSecond()).isCloseTo(28_768 / 15.09, within(0.01));
		assertThat(http.reads().p50Ms()).isCloseTo(0.717, within(1e-9));
		assertThat(http.reads().p99Ms()).isCloseTo(1_200, within(1e-9));
		assertThat(http.errors()).isEqualTo(7);
	}

}
