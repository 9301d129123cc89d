package org.policyledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium for the browser tests and the page timings: Debian's chromium and
 * chromium-driver, or the paths in the system properties {@code browser.binary} and
 * {@code browser.driver}.
 */
final class HeadlessChromium {

	private static final String BINARY = System.getProperty("browser.binary", "/usr/bin/chromium");

	private static final String DRIVER = System.getProperty("browser.driver", "/usr/bin/chromedriver");

	private HeadlessChromium() {
	}

	/**
	 * Chromium for a test class, or the class skipped with a notice when it is not
	 * installed; with {@code -Dbrowser.required=true} (as CI runs) a missing browser
	 * fails instead.
	 */
	static ChromeDriver startOrSkip(String testClass) {
		String missing = "no Chromium and ChromeDriver at " + BINARY + " and " + DRIVER
				+ ": the browser tests need apt-get install -y chromium chromium-driver";
		boolean installed = Files.isExecutable(Path.of(BINARY)) && Files.isExecutable(Path.of(DRIVER));
		if (Boolean.getBoolean("browser.required")) {
			assertThat(installed).as(missing).isTrue();
		}
		if (!installed) {
			System.err.println(testClass + " skipped: " + missing);
		}
		Assumptions.assumeTrue(installed, "skipped: " + missing);
		return start();
	}

	static ChromeDriver start() {
		ChromeOptions options = new ChromeOptions().setBinary(BINARY)
			.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
					"--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--disable-dev-shm-usage", "--window-size=1280,1000");
		return new ChromeDriver(
				new ChromeDriverService.Builder().usingDriverExecutable(Path.of(DRIVER).toFile()).build(), options);
	}

}
