package org.policyledger.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.policyledger.LedgerIntegrationTest;
import org.policyledger.read.ReadModelMaintenance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * The web page in headless Chromium (Debian's chromium and chromium-driver, or the paths
 * in the system properties {@code browser.binary} and {@code browser.driver}), driven the
 * way a user would: keys, clicks, the slider. Screenshots go to
 * {@code target/browser-screenshots}.
 */
@LedgerIntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PageBrowserTest {

	private static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");

	private static final Duration PATIENCE = Duration.ofSeconds(15);

	/** axe-core's script, from its npm package (MPL-2.0, LICENSE beside it). */
	private static final String AXE = axe();

	private static ChromeDriver browser;

	@LocalServerPort
	private int port;

	@Autowired
	private TestRestTemplate http;

	@Autowired
	private ReadModelMaintenance readModel;

	private WebDriverWait wait;

	@BeforeAll
	static void startBrowser() {
		browser = HeadlessChromium.startOrSkip(PageBrowserTest.class.getSimpleName());
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@BeforeEach
	void desktopWindowOnACaughtUpReadModel() {
		browser.manage().window().setSize(new Dimension(1280, 1000));
		wait = new WebDriverWait(browser, PATIENCE);
		awaitReadModel();
	}

	/**
	 * The timeline's entry of the US rejection of 24 September 2025, when marked as
	 * later.
	 */
	private static final String LATER_REJECTION = ".timeline li.later [data-fact='usa-2025-09-24-multilateral-ai-governance']";

	@Test
	void showsTheUsTurnFromSupportingToOpposingMultilateralGovernanceAsTheSliderMoves() throws IOException {
		open("/");
		WebElement search = browser.findElement(By.id("search"));
		search.sendKeys("united st");
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#search-results a")));
		search.sendKeys(Keys.ENTER);
		awaitHeading("United States");

		WebElement slider = browser.findElement(By.id("as-of-slider"));
		slider.sendKeys(Keys.HOME);
		slider.sendKeys(Keys.ARROW_RIGHT.toString().repeat((2020 - 1946) * 12));
		awaitAsOf("2020-01-31");
		assertThat(stanceOn("multilateral-ai-governance")).isEqualTo("SUPPORTS");
		assertThat(browser.findElements(By.cssSelector(LATER_REJECTION))).hasSize(1);
		screenshot("us-2020-01");

		slider.sendKeys(Keys.ARROW_RIGHT.toString().repeat(5 * 12 + 9));
		awaitAsOf("2025-10-31");
		assertThat(stanceOn("multilateral-ai-governance")).isEqualTo("STRONGLY_OPPOSES");
		assertThat(browser.findElements(By.cssSelector(LATER_REJECTION))).isEmpty();
		assertThat(browser.findElement(By.cssSelector("[data-topic='multilateral-ai-governance'] .stance")).getText())
			.isEqualTo("strongly opposes");
		screenshot("us-2025-10");
	}

	@Test
	void chartsTheStancesOfAnActorOverTimeAsStepsWithTheNumbersBeside() throws IOException {
		open("/?view=actor&id=USA&asOf=2025-10-31");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#stances-over-time .chart canvas")));
		List<WebElement> headers = browser.findElements(By.cssSelector("#stances-over-time table.chart-data thead th"));
		int column = headers.stream()
			.map(header -> header.getAttribute("textContent"))
			.toList()
			.indexOf("Multilateral AI governance");
		assertThat(column).isPositive();
		List<String> multilateral = browser.findElements(By.cssSelector("#stances-over-time table.chart-data tbody tr"))
			.stream()
			.map(row -> row.findElements(By.cssSelector("th, td")).get(column).getAttribute("textContent"))
			.filter(value -> !value.equals("—"))
			.toList();
		assertThat(multilateral).startsWith("supports").endsWith("strongly opposes");
		assertThat(browser.findElement(By.cssSelector("#stances-over-time figcaption")).getText())
			.contains("the dashed line is 2025-10-31");
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()",
				browser.findElement(By.id("stances-over-time")));
		screenshot("stances-over-time");

	}

	@Test
	void listsTheActorsWhoseStanceOnATopicMovedBetweenTwoDays() throws IOException {
		open("/?view=topic&id=multilateral-ai-governance&asOf=2025-10-31");
		WebElement usa = wait
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.changes tr[data-actor='USA']")));
		assertThat(browser.findElement(By.id("changes-heading")).getText())
			.isEqualTo("What changed between 2024-10-31 and 2025-10-31");
		assertThat(usa.getText()).contains("United States", "supports", "strongly opposes",
				"Told the UN Security Council");
		open("/?view=topic&id=multilateral-ai-governance&asOf=2025-10-31&since=2025-10-01");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("changes-heading"), "2025-10-01"));
		assertThat(browser.findElements(By.cssSelector("table.changes tr[data-actor='USA']"))).isEmpty();
		screenshot("topic-changes");
	}

	@Test
	void coloursTheUnitedStatesOnTheMapAsSupportingIn2020AndOpposingIn2025AndOpensItOnAClick() throws IOException {
		open("/?view=map&id=multilateral-ai-governance&asOf=2020-06-30");
		assertThat(countryStance("USA")).isEqualTo("SUPPORTS");
		open("/?view=map&id=multilateral-ai-governance&asOf=2025-10-31");
		assertThat(countryStance("USA")).isEqualTo("STRONGLY_OPPOSES");
		assertThat(browser.findElement(By.cssSelector(".map-legend")).getText()).contains("strongly opposes",
				"strongly supports", "no stance recorded");
		assertThat(browser.findElement(By.cssSelector(".elsewhere")).getText()).startsWith("Not on the map: ");
		String csv = URLDecoder.decode(browser.findElement(By.cssSelector("#map a[download='map.csv']"))
			.getAttribute("href")
			.replaceFirst("^data:text/csv;charset=utf-8,", ""), StandardCharsets.UTF_8);
		assertThat(csv).contains("# asOf: 2025-10-31", "view=map").contains("United States,strongly opposes");
		Map<?, ?> json = (Map<?, ?>) ((JavascriptExecutor) browser).executeScript("""
				const link = document.querySelector("#map a[download='map.json']").href;
				return JSON.parse(decodeURIComponent(link.replace(/^data:application\\/json;charset=utf-8,/, '')));""");
		assertThat(json.get("asOf")).isEqualTo("2025-10-31");
		List<?> keys = (List<?>) json.get("keys");
		List<?> values = (List<?>) ((Map<?, ?>) ((List<?>) json.get("series")).get(0)).get("values");
		assertThat(values.get(keys.indexOf("United States"))).isEqualTo("strongly opposes");
		assertThat(browser.findElement(By.cssSelector("#map a[download='map.svg']")).getAttribute("href"))
			.startsWith("data:image/svg+xml");
		screenshot("map-2025-10");
		browser.findElement(By.cssSelector("svg.world a[href*='id=USA']")).sendKeys(Keys.ENTER);
		awaitHeading("United States");

		open("/?view=map&id=no-such-topic");
		assertThat(browser.findElement(By.cssSelector("main [role=alert]")).getText())
			.isEqualTo("No topic is registered as “no-such-topic”.");
		assertThat(browser.findElements(By.cssSelector("svg.world"))).isEmpty();
	}

	@Test
	void coloursCountriesByTheirShareOfYesVotesInTheYearOnATopicWithRollCalls() {
		post("/api/instruments", """
				{"instrumentId": "browser-map-rc", "kind": "ROLL_CALL", "title": "On verification",
				 "topics": ["ai-verification"]}""");
		for (String[] vote : new String[][] { { "USA", "YES" }, { "CHN", "NO" } }) {
			post("""
					{"type": "VoteCast", "actorId": "%s", "instrumentId": "browser-map-rc", "vote": "%s",
					 "validTime": "2022-06-01",
					 "sources": [{"source": "csis-2025-10-07-un-global-dialogue", "locator": "a roll call"}]}"""
				.formatted(vote[0], vote[1]));
		}
		awaitReadModel();
		open("/?view=map&id=ai-verification&asOf=2022-12-31");
		browser.findElement(By.cssSelector("input[name=measure][value=yes]")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#map figcaption"),
				"share of yes votes in 2022"));
		awaitIdle();
		assertThat(countryStance("USA")).isEqualTo("STRONGLY_SUPPORTS");
		assertThat(countryStance("CHN")).isEqualTo("STRONGLY_OPPOSES");
		assertThat(browser.findElement(By.cssSelector(".map-data tr[data-actor='USA']")).getAttribute("textContent"))
			.contains("100% yes (1 yes, 0 no, 0 abstaining)");
		assertThat(browser.getCurrentUrl()).contains("measure=yes");
	}

	/**
	 * axe-core (in the test resources, from its npm package, MPL-2.0) finds no serious or
	 * critical accessibility violation on each view.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "/?view=actor&id=USA&asOf=2025-10-31", "/?view=actor&id=USA&asOf=2020-01-31",
			"/?view=topic&id=multilateral-ai-governance", "/?view=compare&actors=USA,CHN",
			"/?view=instrument&id=paris-ai-action-summit-declaration-2025", "/?view=audit", "/?view=list&kind=actors",
			"/?view=map&id=multilateral-ai-governance&asOf=2025-10-31",
			"/?view=actor&id=USA&fact=usa-2025-09-24-multilateral-ai-governance" })
	void passesAxeWithoutSeriousOrCriticalViolations(String path) throws IOException {
		open(path);
		awaitIdle();
		JavascriptExecutor js = (JavascriptExecutor) browser;
		js.executeScript(AXE);
		List<?> violations = (List<?>) js.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { resultTypes: ['violations'] }).then((results) => done(results.violations
					.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
					.map((violation) => violation.id + ' (' + violation.impact + '): ' + violation.help + ' at '
						+ violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join('; '))));""");
		assertThat(violations).as(path).isEmpty();
	}

	@Test
	void opensAFactWithItsSourceAndClosesItWithEscape() throws IOException {

		open("/?view=actor&id=USA&asOf=2025-10-31");
		WebElement fact = browser.findElement(By.cssSelector("[data-topic='multilateral-ai-governance'] button.fact"));
		fact.click();
		WebElement drawer = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("drawer")));
		wait.until(ExpectedConditions.presenceOfNestedElementLocatedBy(drawer, By.cssSelector(".source")));
		String text = drawer.getText();
		assertThat(text).contains("Center for Strategic and International Studies (CSIS)",
				"What the UN Global Dialogue on AI Governance Reveals About Global Power Shifts", "Michael Kratsios",
				"Recorded by", "seed", "Quote found in the archived text", "secondary source");
		assertThat(drawer.findElement(By.cssSelector(".evidence .context mark")).getText())
			.containsIgnoringCase("totally reject");
		assertThat(browser.getCurrentUrl()).contains("fact=usa-2025-09-24-multilateral-ai-governance");

		screenshot("fact-drawer");

		drawer.findElement(By.cssSelector(".cite summary")).sendKeys(Keys.ENTER);
		String permalink = "fact=usa-2025-09-24-multilateral-ai-governance";
		assertThat(drawer.findElement(By.id("cite-text")).getText())
			.startsWith("Policy ledger. (2025-09-24). United States")
			.contains(permalink, "as known at ");
		assertThat(drawer.findElement(By.id("cite-bibtex")).getText()).startsWith("@misc{usa-2025-09-24")
			.contains("year = {2025}", permalink);
		Map<?, ?> csl = (Map<?, ?>) ((JavascriptExecutor) browser)
			.executeScript("return JSON.parse(document.getElementById('cite-csl').textContent)[0]");
		assertThat((String) csl.get("URL")).contains(permalink, "knownAt=");
		assertThat(csl.get("type")).isEqualTo("dataset");
		screenshot("cite-fact");

		browser.switchTo().activeElement().sendKeys(Keys.ESCAPE);
		wait.until(ExpectedConditions.invisibilityOf(drawer));

		assertThat(browser.switchTo().activeElement().getAttribute("data-fact"))
			.isEqualTo("usa-2025-09-24-multilateral-ai-governance");
	}

	@Test
	void marksACorrectedFactAndShowsTheOriginalAsKnownBeforeTheCorrection() {
		Instant beforeCorrection = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		correct("chn-2025-09-ai-digital-divide", "SUPPORTS");
		awaitReadModel();

		open("/?view=actor&id=CHN&asOf=2025-10-31&knownAt=" + beforeCorrection);
		assertThat(browser.findElement(By.id("known-at")).getAttribute("value")).isEqualTo(beforeCorrection.toString());
		assertThat(stanceOn("ai-digital-divide")).isEqualTo("STRONGLY_SUPPORTS");
		assertThat(browser.findElements(By.cssSelector("[data-topic='ai-digital-divide'] .badge.corrected"))).isEmpty();

		browser.findElement(By.id("known-now")).click();
		wait.until(ExpectedConditions
			.presenceOfElementLocated(By.cssSelector("[data-topic='ai-digital-divide'] .badge.corrected")));
		awaitIdle();
		assertThat(stanceOn("ai-digital-divide")).isEqualTo("SUPPORTS");
		browser.findElement(By.cssSelector("[data-topic='ai-digital-divide'] button.fact")).click();
		WebElement drawer = wait
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#drawer .amendments")));
		assertThat(drawer.getText()).contains("Correction", "the figure was misread", "test-editor");
	}

	@Test
	void comparesActorsChosenOnATopicAndMarksWhereTheyDiverge() {
		open("/?view=topic&id=multilateral-ai-governance&asOf=2025-10-31");
		for (String actor : new String[] { "USA", "CHN" }) {
			browser.findElement(By.cssSelector("tr[data-actor='" + actor + "'] input[type=checkbox]"))
				.sendKeys(Keys.SPACE);
		}
		browser.findElement(By.cssSelector(".compare-form button[type=submit]")).sendKeys(Keys.ENTER);
		awaitHeading("Compare actors");
		WebElement row = browser.findElement(By.cssSelector("tr[data-topic='multilateral-ai-governance']"));
		assertThat(row.getAttribute("class")).contains("diverges");
		assertThat(row.getText()).contains("strongly opposes", "strongly supports", "yes, spread 4");
	}

	@Test
	void comparesTheKnownActorsAndOffersToRemoveAnUnknownOne() {
		open("/?view=compare&actors=USA,ATLANTIS,CHN&asOf=2025-10-31");
		awaitHeading("Compare actors");
		assertThat(browser.findElement(By.cssSelector(".unknown-actors")).getText()).contains("“ATLANTIS”");
		assertThat(browser.findElement(By.cssSelector("tr[data-topic='multilateral-ai-governance']")).getText())
			.contains("strongly opposes", "strongly supports");
		browser.findElement(By.cssSelector(".unknown-actors button")).sendKeys(Keys.ENTER);
		wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".unknown-actors")));
		assertThat(browser.getCurrentUrl()).contains("actors=USA%2CCHN").doesNotContain("ATLANTIS");
	}

	@Test
	void listsAnInstrumentsSignatoriesAndDeclinersOverTime() {
		open("/?view=instrument&id=paris-ai-action-summit-declaration-2025&asOf=2025-12-31");
		assertThat(browser.findElement(By.cssSelector("tr.signatory[data-actor='CHN']")).getText()).contains("China");
		assertThat(browser.findElement(By.cssSelector("tr.decliner[data-actor='USA']")).getText())
			.contains("United States");

		open("/?view=instrument&id=paris-ai-action-summit-declaration-2025&asOf=2024-12-31");
		assertThat(browser.findElements(By.cssSelector("table.parties tr[data-actor]"))).isEmpty();
	}

	@Test
	void marksAStanceInferredFromASignedInstrumentAsSuch() throws IOException {
		post("/api/topics", """
				{"topicId": "browser-inferred-topic", "name": "A topic only a signature speaks to",
				 "description": "What signing the browser principles expresses"}""");
		post("/api/instruments", """
				{"instrumentId": "browser-principles", "kind": "PRINCIPLES", "title": "Browser principles",
				 "date": "2024-05-01", "expresses": [{"topicId": "browser-inferred-topic", "stance": "SUPPORTS"}]}""");
		post("""
				{"type": "DeclarationSigned", "factId": "usa-signs-browser-principles", "actorId": "USA",
				 "instrumentId": "browser-principles", "validTime": "2024-05-01",
				 "sources": [{"source": "csis-2025-10-07-un-global-dialogue", "locator": "a passage"}]}""");
		awaitReadModel();
		open("/?view=actor&id=USA&asOf=2025-01-01");
		awaitHeading("United States");
		assertThat(stanceOn("browser-inferred-topic")).isEqualTo("SUPPORTS");
		assertThat(browser.findElement(By.cssSelector("[data-topic='browser-inferred-topic'] .stance .inferred"))
			.getText()).isEqualTo("(inferred)");
		screenshot("inferred-stance");
	}

	@Test
	void chartsTheShareOfYesVotesAndTheAgreementOfTwoActorsInCompare() throws IOException {
		for (String actor : List.of("browser-voter-a", "browser-voter-b")) {
			post("/api/actors", "{\"actorId\": \"%s\", \"kind\": \"GROUP\", \"name\": \"%s\"}".formatted(actor, actor));
		}
		String[][] votes = { { "2022-03-01", "YES", "YES" }, { "2022-09-01", "YES", "ABSTAIN" },
				{ "2023-03-01", "YES", "NO" } };
		for (int i = 0; i < votes.length; i++) {
			post("/api/instruments", """
					{"instrumentId": "browser-rc-%d", "kind": "ROLL_CALL", "title": "Roll call %d", "topics": [%s]}"""
				.formatted(i, i, i == 2 ? "\"existential-ai-risk\"" : ""));
			for (int voter = 0; voter < 2; voter++) {
				post("""
						{"type": "VoteCast", "actorId": "browser-voter-%s", "instrumentId": "browser-rc-%d",
						 "vote": "%s", "validTime": "%s",
						 "sources": [{"source": "csis-2025-10-07-un-global-dialogue", "locator": "a roll call"}]}"""
					.formatted(voter == 0 ? "a" : "b", i, votes[i][voter + 1], votes[i][0]));
			}
		}
		awaitReadModel();
		open("/?view=instrument&id=browser-rc-1");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.votes tbody tr")));
		assertThat(browser.findElement(By.id("votes")).getText()).isEqualTo("Votes (1 yes, 1 abstain)");
		assertThat(browser.findElement(By.cssSelector("main")).getText()).contains("as of ")
			.contains(": 2 votes. The ledger holds what its sources report")
			.doesNotContain("Signatories and decliners over time");

		assertThat(browser.findElements(By.cssSelector("table.votes tbody tr"))
			.stream()
			.map(row -> row.getText().replace("\n", " ")))
			.containsExactly("browser-voter-a yes", "browser-voter-b abstain");
		browser.findElement(By.xpath("//table[@class='votes']//button[text()='Vote']")).click();
		assertThat(browser.findElements(By.cssSelector("table.votes tbody tr"))
			.stream()
			.map(row -> row.getText().replace("\n", " ")))
			.containsExactly("browser-voter-b abstain", "browser-voter-a yes");
		assertThat(browser.findElement(By.xpath("//table[@class='votes']//th[button[text()='Vote']]"))
			.getAttribute("aria-sort")).isEqualTo("ascending");
		screenshot("roll-call");
		open("/?view=compare&actors=browser-voter-a,browser-voter-b");

		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#agreement .chart canvas")));
		assertThat(browser.findElements(By.cssSelector("#yes-share .chart canvas"))).hasSize(1);
		assertThat(browser.findElements(By.cssSelector("#agreement table.chart-data tbody tr"))).hasSize(2);
		assertThat(browser.findElement(By.cssSelector("table.agreement tbody tr")).getText())
			.isEqualTo("browser-voter-a – browser-voter-b 3 1 1 1 50%");
		assertThat(browser.findElements(By.cssSelector("#yes-share table.chart-data tbody tr"))
			.stream()
			.map(row -> row.getAttribute("textContent"))
			.toList()).containsExactly("2022100%50%", "2023100%0%");
		String csv = URLDecoder.decode(browser.findElement(By.cssSelector("#agreement a[download='agreement.csv']"))
			.getAttribute("href")
			.replaceFirst("^data:text/csv;charset=utf-8,", ""), StandardCharsets.UTF_8);
		assertThat(csv.lines().toList()).contains("year,browser-voter-a – browser-voter-b", "2022,0.75", "2023,0")
			.anyMatch(line -> line.matches("# knownAt: \\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z"));
		assertThat(csv).contains("# view: ", "view=compare", "# asOf: ");
		wait.until(
				ExpectedConditions.presenceOfElementLocated(By.cssSelector("#agreement a[download='agreement.png']")));
		assertThat(browser.findElement(By.cssSelector("#agreement a[download='agreement.png']")).getAttribute("href"))
			.startsWith("data:image/png;base64,");
		screenshot("compare-votes");

		new Select(browser.findElement(By.id("vote-topic"))).selectByValue("existential-ai-risk");
		wait.until(ExpectedConditions.urlContains("topic=existential-ai-risk"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("table.agreement caption"),
				"on Existential"));
		assertThat(browser.findElement(By.cssSelector("table.agreement tbody tr")).getText())
			.isEqualTo("browser-voter-a – browser-voter-b 1 0 0 1 0%");

		open("/?view=actor&id=browser-voter-b");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#actor-yes-share .chart canvas")));
		assertThat(browser.findElements(By.cssSelector("#actor-yes-share table.chart-data tbody tr"))
			.stream()
			.map(row -> row.getAttribute("textContent"))
			.toList()).containsExactly("202250%—", "20230%0%");
	}

	@Test
	void ranksAnExactIdOrNameFirstInSearchAndSaysHowManyMoreThereAre() {
		open("/");
		WebElement search = browser.findElement(By.id("search"));
		search.sendKeys("un");
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#search-results a")));
		assertThat(browser.findElement(By.cssSelector("#search-results li a")).getText()).isEqualTo("United Nations");
		search.sendKeys(Keys.BACK_SPACE, Keys.BACK_SPACE, "a");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("search-results"), "more: type more"));
		assertThat(browser.findElements(By.cssSelector("#search-results li a"))).hasSize(12);
	}

	@Test
	void listsRollCallsByYearInDateOrderOnlyWhenTheYearIsOpened() {
		for (String[] rollCall : new String[][] { { "browser-list-rc-10", "1999-03-01" },
				{ "browser-list-rc-9", "1999-01-01" } }) {
			post("/api/instruments", """
					{"instrumentId": "%s", "kind": "ROLL_CALL", "title": "List %s", "date": "%s"}"""
				.formatted(rollCall[0], rollCall[0], rollCall[1]));
		}
		awaitReadModel();
		open("/?view=list&kind=instruments");
		WebElement year = browser.findElement(By.cssSelector("details[data-year='1999']"));
		assertThat(year.getText()).isEqualTo("1999 (2)");
		assertThat(year.findElements(By.tagName("li"))).isEmpty();
		year.findElement(By.tagName("summary")).click();
		wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("details[data-year='1999'] li a"), 2));
		assertThat(year.findElements(By.cssSelector("li a")).stream().map(WebElement::getText))
			.containsExactly("List browser-list-rc-9", "List browser-list-rc-10");
	}

	@Test
	void findsAFactByTheWordsOfItsSummaryAndOpensIt() {
		open("/");
		WebElement search = browser.findElement(By.id("search"));
		search.sendKeys("trump");
		WebElement fact = wait.until(ExpectedConditions.visibilityOfElementLocated(
				By.cssSelector("#search-results a[href*='fact=usa-2019-multilateral-ai-governance']")));
		assertThat(fact.getText()).startsWith("United States, 2019");
		fact.click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("drawer"), "Trump's first term"));
		assertThat(browser.getCurrentUrl()).contains("view=actor", "id=USA");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/?view=actor&id=USA&asOf=2025-10-31", "/?view=topic&id=multilateral-ai-governance",
			"/?view=compare&actors=USA,CHN", "/?view=map&id=multilateral-ai-governance" })
	void fitsAPhoneWidthWithoutScrollingSideways(String path) throws IOException {
		browser.manage().window().setSize(new Dimension(390, 844));
		open(path);
		long overflow = (Long) ((JavascriptExecutor) browser)
			.executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
		assertThat(overflow).as(path).isLessThanOrEqualTo(0);
		screenshot("phone-" + path.replaceAll("[^a-z]+", "-"));
	}

	@Test
	void zoomsTheSliderToTheYearsFromTheActorsFirstFactAndBack() {
		open("/?view=actor&id=USA&asOf=2025-10-31");
		WebElement zoom = browser.findElement(By.id("zoom"));
		assertThat(zoom.getText()).isEqualTo("Zoom to 2019–today");
		zoom.click();
		wait.until(ExpectedConditions.urlContains("zoom=2019"));
		WebElement slider = browser.findElement(By.id("as-of-slider"));
		assertThat(slider.getAttribute("min")).isEqualTo(String.valueOf((2019 - 1946) * 12));
		slider.sendKeys(Keys.HOME);
		awaitAsOf("2019-01-31");
		assertThat(zoom.getText()).isEqualTo("Show 1946–today");
		zoom.click();
		wait.until(ExpectedConditions.attributeToBe(slider, "min", "0"));
	}

	@Test
	void takesAsKnownAtTypedInUtcAsADayOrAnInstantAndMarksAnythingElse() {
		open("/?view=actor&id=USA&asOf=2025-10-31");
		WebElement knownAt = browser.findElement(By.id("known-at"));
		knownAt.sendKeys("2000-01-01", Keys.ENTER);
		wait.until(ExpectedConditions.urlContains("knownAt=2000-01-01T00%3A00%3A00Z"));
		awaitIdle();
		assertThat(browser.findElement(By.id("known-at")).getAttribute("value")).isEqualTo("2000-01-01T00:00:00Z");
		knownAt = browser.findElement(By.id("known-at"));
		knownAt.sendKeys(Keys.chord(Keys.CONTROL, "a"), "yesterday", Keys.ENTER);
		wait.until(ExpectedConditions.attributeToBe(knownAt, "aria-invalid", "true"));
		assertThat(browser.getCurrentUrl()).contains("knownAt=2000-01-01T00%3A00%3A00Z");
	}

	@Test
	void keepsTabInsideTheOpenDrawer() {
		open("/?view=actor&id=USA&fact=usa-2025-09-24-multilateral-ai-governance");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#drawer .evidence")));
		JavascriptExecutor js = (JavascriptExecutor) browser;
		for (int press = 0; press < 30; press++) {
			browser.switchTo().activeElement().sendKeys(press % 10 == 9 ? Keys.chord(Keys.SHIFT, Keys.TAB) : Keys.TAB);
			assertThat((Boolean) js
				.executeScript("return document.getElementById('drawer').contains(document.activeElement)"))
				.as("focus after %d presses", press + 1)
				.isTrue();
		}
	}

	@Test
	void reachesTheFirstFactInAFewTabPressesThroughTheSkipLink() {
		open("/?view=actor&id=USA&asOf=2025-10-31");
		WebElement body = browser.findElement(By.tagName("body"));
		body.sendKeys(Keys.TAB);
		assertThat(browser.switchTo().activeElement().getAttribute("class")).isEqualTo("skip");
		browser.switchTo().activeElement().sendKeys(Keys.ENTER);
		int presses = 0;
		while (!browser.switchTo().activeElement().getAttribute("class").contains("fact") && presses < 10) {
			browser.switchTo().activeElement().sendKeys(Keys.TAB);
			presses++;
		}
		assertThat(presses).isLessThanOrEqualTo(4);
	}

	@Test
	void announcesTheViewInAFewWordsInsteadOfRereadingIt() {
		open("/?view=actor&id=USA&asOf=2025-10-31");
		assertThat(browser.findElement(By.id("main")).getAttribute("aria-live")).isNull();
		assertThat(browser.findElement(By.id("view-status")).getAttribute("textContent"))
			.isEqualTo("United States, as of 2025-10-31");
	}

	@Test
	void explainsTheMarksBesideAStanceInWordsAndWhyACardHasNoFact() {
		open("/?view=actor&id=USA&asOf=2025-10-31&knownAt=2000-01-01T00:00:00Z");
		assertThat(browser.findElement(By.cssSelector(".legend-marks")).getText()).contains("“?”: a later position",
				"“(inferred)”: not stated");
		assertThat(browser.findElement(By.cssSelector("[data-topic='multilateral-ai-governance']")).getText())
			.contains("not yet recorded as known at 2000-01-01 00:00:00Z");
		open("/?view=actor&id=USA&asOf=2010-01-31");
		assertThat(browser.findElement(By.cssSelector("[data-topic='multilateral-ai-governance']")).getText())
			.contains("not stated by this day (first on 2019-");
	}

	@Test
	void listsTheClaimsToAuditAndFindsConflictsOnRequest() throws IOException {
		open("/?view=audit");
		WebElement secondary = wait.until(
				ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[aria-labelledby='audit-secondary']")));
		assertThat(secondary.getText()).contains("Resting only on secondary sources");
		assertThat(secondary.findElements(By.cssSelector("button.fact"))).isNotEmpty();
		browser.findElement(By.cssSelector("#conflicts-result button")).click();
		wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("#conflicts-result button")));
		assertThat(browser.findElement(By.id("conflicts-result")).getText()).satisfiesAnyOf(
				text -> assertThat(text).isEqualTo("No facts disagree."), text -> assertThat(text).contains("differ"));
		screenshot("audit");
		secondary.findElement(By.cssSelector("button.fact")).sendKeys(Keys.ENTER);
		WebElement drawer = wait
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#drawer .evidence")));
		assertThat(drawer.getText()).contains("secondary source");
	}

	@Test
	void tellsTheReaderWhileItsAnswersAreBehindTheLedger() throws IOException {

		readModel.pause();
		try {
			post("""
					{"type": "PositionStated", "actorId": "ESP", "topicId": "ai-digital-divide", "stance": "SUPPORTS",
					 "summary": "Recorded while the read model was paused", "validTime": "2025-10",
					 "sources": [{"source": "csis-2025-10-07-un-global-dialogue", "locator": "the Global Dialogue"}]}""");
			open("/?view=actor&id=ESP");
			wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("read-model-notice"), "Still loading"));
			assertThat(browser.findElement(By.id("read-model-notice")).getText()).contains("1 event to go");
			screenshot("read-model-behind");
		}
		finally {
			readModel.resume();
		}
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("read-model-notice"),
				"Everything is loaded now"));
	}

	private void open(String path) {
		browser.get("http://localhost:" + port + path);
		awaitIdle();
	}

	private void awaitReadModel() {
		await().atMost(PATIENCE).until(readModel::isCaughtUp);
	}

	private static String axe() {
		try (InputStream in = PageBrowserTest.class.getResourceAsStream("/axe/axe.min.js")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void awaitIdle() {
		wait.until(ExpectedConditions.attributeToBe(By.id("main"), "aria-busy", "false"));
	}

	private void awaitHeading(String heading) {
		wait.until(ExpectedConditions.textToBe(By.cssSelector("main h1"), heading));
		awaitIdle();
	}

	private void awaitAsOf(String day) {
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("stances-heading"), day));
		awaitIdle();
	}

	private String countryStance(String actor) {
		return wait
			.until(ExpectedConditions
				.presenceOfElementLocated(By.cssSelector("svg.world path[data-actor='" + actor + "']")))
			.getAttribute("data-stance");
	}

	private String stanceOn(String topic) {
		return browser.findElement(By.cssSelector("[data-topic='" + topic + "'] > .stance"))
			.getAttribute("data-stance");
	}

	private void correct(String factId, String stance) {
		post("""
				{"type": "FactCorrected", "actorId": "CHN", "correctedFactId": "%s", "amendment": {"stance": "%s"},
				 "reason": "the figure was misread",
				 "sources": [{"source": "csis-2025-10-07-un-global-dialogue", "locator": "another passage"}]}"""
			.formatted(factId, stance));
	}

	private void post(String fact) {
		post("/api/facts", fact);
	}

	private void post(String path, String json) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		headers.setBearerAuth(LedgerIntegrationTest.EDITOR_TOKEN);
		assertThat(http.postForEntity(path, new HttpEntity<>(json, headers), String.class)
			.getStatusCode()
			.is2xxSuccessful()).isTrue();
	}

	private void screenshot(String name) throws IOException {
		Files.createDirectories(SCREENSHOTS);
		Files.move(browser.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve(name + ".png"),
				StandardCopyOption.REPLACE_EXISTING);
	}

}
