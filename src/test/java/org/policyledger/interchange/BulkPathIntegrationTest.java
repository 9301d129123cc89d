package org.policyledger.interchange;

import java.util.List;

import org.springframework.context.ConfigurableApplicationContext;

/** The bulk path against commands sent one by one, on H2 files. */
class BulkPathIntegrationTest extends BulkPathTests {

	@Override
	ConfigurableApplicationContext start(List<String> settings) {
		return ledger(settings);
	}

}
