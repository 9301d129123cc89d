package org.policyledger.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Times the web page on a running service in headless Chromium, as a reader meets it: an
 * actor's first view (four loads, the first one cold), fifteen slider steps of a month,
 * Compare with its charts, and two world maps of yes shares, each a fresh page load. Run
 * by {@code scripts/page-times}; the figures go to docs/performance.md, not to a test.
 */
public final class PageTimes {

	private PageTimes() {
	}

	public static void main(String[] args) {
		String base = args.length > 0 ? args[0] : "http://localhost:8080";
		String actor = args.length > 1 ? args[1] : "USA";
		WebDriver browser = HeadlessChromium.start();
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofMinutes(2));
		wait.pollingEvery(Duration.ofMillis(5))
			.ignoring(StaleElementReferenceException.class)
			.ignoring(NoSuchElementException.class);
		try {
			List<Long> firstViews = new ArrayList<>();
			for (int load = 0; load < 4; load++) {
				browser.get("about:blank");
				long start = System.nanoTime();
				browser.get(base + "/?view=actor&id=" + actor + "&asOf=2019-06-30");
				wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("stances-heading"), "2019-06-30"));
				wait.until(page -> idle(page));
				firstViews.add(millis(start));
			}
			System.out.println("first view of " + actor + ", ms: " + firstViews);
			List<Long> steps = new ArrayList<>();
			for (int step = 0; step < 15; step++) {
				String before = browser.findElement(By.id("stances-heading")).getText();
				long start = System.nanoTime();
				browser.findElement(By.id("as-of-slider")).sendKeys(Keys.ARROW_RIGHT);
				wait.until(page -> !page.findElement(By.id("stances-heading")).getText().equals(before) && idle(page));
				steps.add(millis(start));
			}
			System.out.println("slider steps, ms: " + steps + "; median " + steps.stream().sorted().toList().get(7));
			long start = System.nanoTime();
			browser.get(base + "/?view=compare&actors=USA,GBR,CHN");
			wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#agreement .chart canvas")));
			System.out.println("compare USA, GBR, CHN with its charts, ms: " + millis(start));
			for (String map : List.of("human-rights&measure=yes", "arms-control-and-disarmament&measure=yes")) {
				start = System.nanoTime();
				browser.get(base + "/?view=map&asOf=2019-06-30&id=" + map);
				wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("svg.world path[data-actor]")));
				System.out.println("map of " + map + ", ms: " + millis(start));
			}
		}
		finally {
			browser.quit();
		}
	}

	private static boolean idle(WebDriver page) {
		return "false".equals(page.findElement(By.id("main")).getAttribute("aria-busy"));
	}

	private static long millis(long start) {
		return (System.nanoTime() - start) / 1_000_000;
	}

}
