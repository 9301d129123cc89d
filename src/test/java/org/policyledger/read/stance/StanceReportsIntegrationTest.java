package org.policyledger.read.stance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policyledger.TestLedger;
import org.policyledger.api.ActorId;
import org.policyledger.api.Recorder;
import org.policyledger.api.TopicId;
import org.policyledger.api.query.ActorStancesQuery;
import org.policyledger.api.query.StanceAnswer;
import org.policyledger.api.query.StanceQuery;
import org.policyledger.api.query.StanceReport;
import org.policyledger.api.query.TopicStancesQuery;
import org.policyledger.bench.SyntheticLedger;
import org.policyledger.interchange.ImportOptions;
import org.policyledger.interchange.ImportReport;
import org.policyledger.interchange.Importer;
import org.policyledger.interchange.ProgressListener;
import org.policyledger.read.facts.FactViews;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * A report of many stances answers each pair as the single stance query does, whether the
 * database starts from the topic, the actor or a list of actors. Checked on a synthetic
 * ledger of 20,000 facts, where positions dated to a month or a year leave stances
 * unresolved and corrections move them. There, H2 plans the statement on the index that
 * decides a stance, not on {@code (actor_id, valid_start)}, which reads an actor's
 * positions on every topic.
 */
class StanceReportsIntegrationTest {

	private static final int FACTS = 20_000;

	private static final int QUESTIONS = 40;

	/** The index H2 reads a table of the stance statement through, in its plan. */
	private static final Pattern FACT_VERSIONS_THROUGH = Pattern
		.compile("RM_FACT_VERSION\"? \"?[VW]\"?\\s+/\\* PUBLIC\\.(\\w+)");

	private static ConfigurableApplicationContext ledger;

	@BeforeAll
	static void importASyntheticLedger() throws IOException {
		ledger = TestLedger.fresh().start("--ledger.seed.enabled=false");
		SyntheticLedger synthetic = new SyntheticLedger(11);
		imported(synthetic::registrations);
		imported(() -> synthetic.facts(0, FACTS));
		TestLedger.awaitCaughtUp(ledger, Duration.ofMinutes(2));
	}

	private static void imported(Importer.Input input) throws IOException {
		ImportReport report = ledger.getBean(Importer.class)
			.run(input, new ImportOptions(5_000, false, Recorder.commandLine("tester")), ProgressListener.NONE);
		assertThat(report.rejectedCount()).isZero();
	}

	@AfterAll
	static void stop() {
		ledger.close();
	}

	private static <R> R ask(Object query, Class<R> answer) {
		return ledger.getBean(QueryGateway.class).query(query, answer).join();
	}

	private static StanceAnswer single(ActorId actor, TopicId topic, LocalDate asOf, Instant knownAt) {
		return ask(new StanceQuery(actor, topic, asOf, knownAt), StanceAnswer.class);
	}

	@Test
	void answersEveryActorOnATopicAsTheSingleQueryDoes() {
		SplittableRandom random = new SplittableRandom(3);
		List<StanceAnswer> checked = new ArrayList<>();
		for (int i = 0; i < QUESTIONS; i++) {
			TopicId topic = SyntheticLedger.topic(random.nextInt(SyntheticLedger.TOPICS));
			LocalDate asOf = LocalDate.of(1950 + random.nextInt(76), 1 + random.nextInt(12), 1);
			Instant now = Instant.now();
			StanceReport report = ask(new TopicStancesQuery(topic, List.of(), asOf, now), StanceReport.class);
			assertThat(report.stances()).isNotEmpty();
			for (StanceAnswer answer : report.stances()) {
				assertThat(answer).isEqualTo(single(answer.actorId(), topic, asOf, now));
			}
			checked.addAll(report.stances());
		}
		assertThat(checked).anySatisfy(answer -> assertThat(answer.unresolved()).isNotEmpty());
		assertThat(checked).filteredOn(answer -> answer.basis() != null)
			.isNotEmpty()
			.anySatisfy(answer -> assertThat(answer.basis().version()).isPositive());
	}

	@Test
	void answersTheGivenActorsOnATopicAsTheSingleQueryDoes() {
		SplittableRandom random = new SplittableRandom(5);
		for (int i = 0; i < QUESTIONS; i++) {
			TopicId topic = SyntheticLedger.topic(random.nextInt(SyntheticLedger.TOPICS));
			List<ActorId> actors = List.of(SyntheticLedger.actor(random.nextInt(SyntheticLedger.ACTORS)),
					SyntheticLedger.actor(random.nextInt(SyntheticLedger.ACTORS)));
			LocalDate asOf = LocalDate.of(1950 + random.nextInt(76), 1 + random.nextInt(12), 1);
			Instant now = Instant.now();
			StanceReport report = ask(new TopicStancesQuery(topic, actors, asOf, now), StanceReport.class);
			assertThat(report.stances()).extracting(StanceAnswer::actorId).isEqualTo(actors);
			for (StanceAnswer answer : report.stances()) {
				assertThat(answer).isEqualTo(single(answer.actorId(), topic, asOf, now));
			}
		}
	}

	@Test
	void answersEveryTopicOfAnActorAsTheSingleQueryDoes() {
		SplittableRandom random = new SplittableRandom(7);
		for (int i = 0; i < QUESTIONS; i++) {
			ActorId actor = SyntheticLedger.actor(random.nextInt(SyntheticLedger.ACTORS));
			LocalDate asOf = LocalDate.of(1950 + random.nextInt(76), 1 + random.nextInt(12), 1);
			Instant now = Instant.now();
			StanceReport report = ask(new ActorStancesQuery(actor, asOf, now), StanceReport.class);
			for (StanceAnswer answer : report.stances()) {
				assertThat(answer).isEqualTo(single(actor, answer.topicId(), asOf, now));
			}
		}
	}

	@Test
	void searchesAndReadsThePositionsOnTheIndexThatDecidesAStance() {
		for (boolean everyActor : new boolean[] { true, false }) {
			String plan = ledger.getBean(NamedParameterJdbcTemplate.class)
				.queryForObject("explain " + StanceQueries.NEAR,
						Map.of("topic", SyntheticLedger.topic(1).value(), "everyActor", everyActor, "actors",
								List.of(SyntheticLedger.actor(1).value()), "asOf", LocalDate.of(2000, 1, 1), "knownAt",
								FactViews.timestamp(Instant.now())),
						String.class);
			assertThat(FACT_VERSIONS_THROUGH.matcher(plan).results().map(match -> match.group(1))).as(plan)
				.isNotEmpty()
				.containsOnly("IX_RM_VERSION_DECIDING_STANCE");
		}
	}

}
