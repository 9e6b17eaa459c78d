package dev.foodmesh.loadtest;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class ReportTest {

	@TempDir
	Path directory;

	private final List<StepResult> results = List.of(Steps.healthy(0, 100), Steps.healthy(1, 250),
			Steps.step(2, 500, 63, Double.POSITIVE_INFINITY, 3, null));

	private final Report report = new Report(new Report.Run(Instant.parse("2026-12-03T18:00:00Z"),
			LoadProfile.read(Path.of(System.getProperty("foodmesh.load.profile", "profile.json"))),
			"./run-local.sh --clean --durable-postgres", "2 + 9000 registered",
			new Machine(2, "Test CPU", 24_000, "25")), this.results, Knee.of(this.results, Steps.SLO));

	@Test
	void shouldWriteTheStepTableTheKneeAndWhyStepsMissed() {
		String markdown = this.report.markdown();

		assertThat(markdown).contains("**Knee: 250 orders/s**")
			.contains("`./run-local.sh --clean --durable-postgres`")
			.contains(
					"| 100/s | 100.0 | 6000 | 0 | 0 | 8.0 | 8.0 | 8.0 | 8.0 | 60 | 60 | 120 | 120 | 0 | 0 | 0 | 0.3 s "
							+ "| met |")
			.contains("| 500/s | 500.0 | 30003 | 3 | 3 | 63 | 63 | 63 | 63 | ∞ | ∞ | ∞ | ∞ | 30000 | 0 | 0 | > 10 s "
					+ "| missed |")
			.contains("- 500/s: placement p99 63 ms > 50 ms; 3 × 5xx, 0 without answer; 30000 of 30000 orders not "
					+ "DELIVERY_SCHEDULED; lag/backlog not back to 0 within the 10 s pause");
		// 60 ticks per order/s over 60 s at 100 ticks/s: 0.01 s per order in "order", a
		// tenth of it its JIT, 0.001 s in the generator; 6,600 ticks in 60 s: 1.1 cores
		assertThat(markdown)
			.contains("| step | order | postgres | stack total | of it JIT | load generator | cores busy |")
			.contains("| 100/s | 10.00 | – | 10.00 | 1.00 | 1.00 | 1.10 of 2 |")
			.contains("| step | order | postgres | load generator |")
			.contains("| 100/s | 292 | 146 | – |");
	}

	@Test
	void shouldWriteJsonWithNullForWhatNeverFinished() throws Exception {
		this.report.writeTo(this.directory);

		JsonNode json = JsonMapper.builder().build().readTree(this.directory.resolve(Report.JSON_FILE).toFile());

		assertThat(json.path("knee").asInt()).isEqualTo(250);
		assertThat(json.path("steps")).hasSize(3);
		JsonNode overloaded = json.path("steps").path(2);
		assertThat(overloaded.path("rate").asInt()).isEqualTo(500);
		assertThat(overloaded.path("errors").path("serverErrors").asInt()).isEqualTo(3);
		assertThat(overloaded.path("saga").path("toScheduledMs").path("p99").isNull()).isTrue();
		assertThat(overloaded.path("drainedAfterMs").isNull()).isTrue();
		assertThat(overloaded.path("sloMet").asBoolean()).isFalse();
		assertThat(json.path("steps").path(0).path("cpuSecondsPerOrder").path("stackTotal").asDouble()).isEqualTo(0.01);
		assertThat(json.path("steps").path(0).path("cpuSecondsPerOrder").path("stackJit").asDouble()).isEqualTo(0.001);
		assertThat(json.path("steps").path(0).path("coresBusy").asDouble()).isEqualTo(1.1);
		assertThat(json.path("steps").path(0).path("placementMs").path("p99").asDouble()).isEqualTo(8.0);
	}

	@Test
	void shouldDrawAChartThatIsWellFormedSvg() throws Exception {
		this.report.writeTo(this.directory);
		byte[] svg = Files.readAllBytes(this.directory.resolve(Report.CHART));

		Document chart = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(svg));

		assertThat(chart.getDocumentElement().getTagName()).isEqualTo("svg");
		assertThat(new String(svg, StandardCharsets.UTF_8)).contains("placement p99 SLO", "saga p99 SLO", "250/s")
			.contains("polyline")
			.contains("∞ 500/s");
		assertThat(Files.readString(this.directory.resolve(Report.MARKDOWN))).isEqualTo(this.report.markdown());
	}

	@Test
	void shouldRoundAxesAndFormatLikeTheTables() {
		assertThat(LatencyChart.niceCeiling(730)).isEqualTo(1000);
		assertThat(LatencyChart.niceCeiling(180)).isEqualTo(200);
		assertThat(LatencyChart.niceCeiling(0)).isEqualTo(1);
		assertThat(Report.millis(7.25)).isEqualTo("7.3");
		assertThat(Report.seconds(Duration.ofMillis(300))).isEqualTo("0.3 s");
		assertThat(Report.seconds(Duration.ofSeconds(15))).isEqualTo("15 s");
	}

}
