package org.policyledger.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.policyledger.LedgerIntegrationTest;
import org.policyledger.api.Recorder;
import org.policyledger.interchange.ImportReport;
import org.policyledger.interchange.Importer;
import org.policyledger.interchange.ProgressListener;
import org.policyledger.interchange.unvotes.UnVotesReader;
import org.policyledger.interchange.unvotes.UnVotesTestData;
import org.policyledger.read.ReadModelMaintenance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The page on a tenth of the real UN votes (every roll call whose rcid is a multiple of
 * ten) in headless Chromium: the agreement of two states in Compare, the map of yes
 * shares on human rights and an actor's yes-share chart, each checked against counts
 * taken straight from the CSV files of that subset. Its own ledger (the property below
 * keeps it apart from the seed-only one), closed after the class.
 */
@LedgerIntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "ledger.test.ledger=unvotes-subset")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnVotesPageBrowserTest {

	private static final String YEAR = "1990";

	private static final String HUMAN_RIGHTS = "Human rights";

	@LocalServerPort
	private int port;

	@Autowired
	private Importer importer;

	@Autowired
	private ReadModelMaintenance readModel;

	private ChromeDriver browser;

	private WebDriverWait wait;

	/** The subset's votes: rcid, country, country_code, vote. */
	private List<Map<String, String>> votes;

	/** Each roll call's date, by rcid. */
	private final Map<String, String> dates = new HashMap<>();

	/** The roll calls on human rights. */
	private Set<String> humanRights;

	@BeforeAll
	void importASubsetOfTheUnVotes(@TempDir Path directory) throws IOException {
		browser = HeadlessChromium.startOrSkip(UnVotesPageBrowserTest.class.getSimpleName());
		wait = new WebDriverWait(browser, Duration.ofSeconds(30));
		Path subset = UnVotesTestData.subset(directory);
		ImportReport report = importer.run(UnVotesReader.input(subset),
				importer.options(false, Recorder.commandLine("tester")), ProgressListener.NONE);
		assertThat(report.rejectedCount()).isZero();
		await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1)).until(readModel::isCaughtUp);
		votes = rows(subset.resolve(UnVotesReader.VOTES));
		rows(subset.resolve(UnVotesReader.ROLL_CALLS)).forEach(row -> dates.put(row.get("rcid"), row.get("date")));
		humanRights = rows(subset.resolve(UnVotesReader.ISSUES)).stream()
			.filter(row -> row.get("issue").equals(HUMAN_RIGHTS))
			.map(row -> row.get("rcid"))
			.collect(Collectors.toSet());
	}

	@AfterAll
	void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void scoresHowAlikeTheUnitedStatesAndTheUnitedKingdomVotedAsTheCsvCountsIt() {
		Map<String, String> usa = votesOf("US");
		Map<String, String> gbr = votesOf("GB");
		int[] all = new int[3];
		int[] year = new int[3];
		usa.forEach((rcid, vote) -> {
			String other = gbr.get(rcid);
			if (other != null) {
				int kind = vote.equals(other) ? 0 : vote.equals("abstain") || other.equals("abstain") ? 1 : 2;
				all[kind]++;
				if (dates.get(rcid).startsWith(YEAR)) {
					year[kind]++;
				}
			}
		});
		assertThat(year[0] + year[1] + year[2]).isPositive();

		open("/?view=compare&actors=USA,GBR");
		WebElement pair = wait
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.agreement tbody tr")));
		assertThat(pair.findElements(By.tagName("td")).stream().map(WebElement::getText).limit(4)).containsExactly(
				String.valueOf(all[0] + all[1] + all[2]), String.valueOf(all[0]), String.valueOf(all[1]),
				String.valueOf(all[2]));
		String csv = URLDecoder.decode(browser.findElement(By.cssSelector("#agreement a[download='agreement.csv']"))
			.getAttribute("href")
			.replaceFirst("^data:text/csv;charset=utf-8,", ""), StandardCharsets.UTF_8);
		String line = csv.lines().filter(row -> row.startsWith(YEAR + ",")).findFirst().orElseThrow();
		assertThat(Double.parseDouble(line.substring(YEAR.length() + 1)))
			.isCloseTo((year[0] + year[1] / 2.0) / (year[0] + year[1] + year[2]), within(1e-9));
	}

	@Test
	void coloursTheMapByEachCountrysShareOfYesVotesOnHumanRightsInAYearAsTheCsvCountsIt() {
		List<Map<String, String>> voted = votes.stream()
			.filter(row -> humanRights.contains(row.get("rcid")) && dates.get(row.get("rcid")).startsWith(YEAR))
			.toList();
		Map<String, Long> usa = voted.stream()
			.filter(row -> row.get("country_code").equals("US"))
			.collect(Collectors.groupingBy(row -> row.get("vote"), Collectors.counting()));
		long cast = usa.values().stream().mapToLong(Long::longValue).sum();
		assertThat(cast).isPositive();

		open("/?view=map&id=human-rights&measure=yes&asOf=" + YEAR + "-12-31");
		WebElement path = wait
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("svg.world path[data-actor='USA']")));
		long yes = usa.getOrDefault("yes", 0L);
		assertThat(browser.findElement(By.cssSelector(".map-data tr[data-actor='USA'] td")).getAttribute("textContent"))
			.isEqualTo("%d%% yes (%d yes, %d no, %d abstaining)".formatted(Math.round(100.0 * yes / cast), yes,
					usa.getOrDefault("no", 0L), usa.getOrDefault("abstain", 0L)));
		List<String> bands = List.of("STRONGLY_OPPOSES", "OPPOSES", "MIXED", "SUPPORTS", "STRONGLY_SUPPORTS");
		assertThat(path.getAttribute("data-stance")).isEqualTo(bands.get((int) Math.min(4, 5 * yes / cast)));
		assertThat(browser.findElements(By.cssSelector(".map-data tbody tr")))
			.hasSize((int) voted.stream().map(row -> row.get("country")).distinct().count());
	}

	@Test
	void chartsEveryYearOfTheUnitedStatesVotesOnAllRollCallsAndOnEachTopic() {
		TreeSet<String> years = votesOf("US").keySet()
			.stream()
			.map(rcid -> dates.get(rcid).substring(0, 4))
			.collect(Collectors.toCollection(TreeSet::new));

		open("/?view=actor&id=USA");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#actor-yes-share .chart canvas")));
		assertThat(browser.findElements(By.cssSelector("#actor-yes-share table.chart-data tbody tr")))
			.hasSize(Integer.parseInt(years.last()) - Integer.parseInt(years.first()) + 1);
		assertThat(browser.findElements(By.cssSelector("#actor-yes-share table.chart-data thead th"))
			.stream()
			.map(header -> header.getAttribute("textContent"))).contains("Year", "All roll calls", HUMAN_RIGHTS);
	}

	@Test
	void showsNoStanceColoursForAStateThatOnlyVoted() {
		open("/?view=actor&id=NOR");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#actor-yes-share .chart canvas")));
		assertThat(browser.findElement(By.id("main")).getText()).contains("No stated positions by this day.");
		assertThat(browser.findElements(By.cssSelector(".legend"))).isEmpty();
	}

	private Map<String, String> votesOf(String countryCode) {
		return votes.stream()
			.filter(row -> row.get("country_code").equals(countryCode))
			.collect(Collectors.toMap(row -> row.get("rcid"), row -> row.get("vote")));
	}

	private void open(String path) {
		browser.get("http://localhost:" + port + path);
		wait.until(ExpectedConditions.attributeToBe(By.id("main"), "aria-busy", "false"));
	}

	private static List<Map<String, String>> rows(Path file) throws IOException {
		try (InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(file))
				: Files.newInputStream(file);
				MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
					.with(CsvSchema.emptySchema().withHeader())
					.readValues(in)) {
			return rows.readAll();
		}
	}

}
