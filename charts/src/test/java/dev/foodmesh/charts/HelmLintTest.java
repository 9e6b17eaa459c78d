package dev.foodmesh.charts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code helm lint --strict} with Helm 4, on the defaults, every ci value set and every
 * example.
 */
class HelmLintTest {

	@Test
	void shouldRunHelmFour() {
		ChartTools.Result version = ChartTools.helm(List.of("version", "--short"));

		assertThat(version.stdout()).startsWith("v4.");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("valueFiles")
	void shouldLintStrictlyWithoutWarnings(String valuesFile) {
		List<String> args = new ArrayList<>(List.of("lint", "--strict", ChartTools.CHART.toString()));
		if (!valuesFile.isEmpty()) {
			args.addAll(List.of("--values", ChartTools.CHART.resolve(valuesFile).toString()));
		}

		ChartTools.Result lint = ChartTools.helm(args);

		assertThat(lint.exitCode()).as(lint.all()).isZero();
		assertThat(lint.stdout()).contains("1 chart(s) linted, 0 chart(s) failed").doesNotContain("[WARNING]");
	}

	static Stream<String> valueFiles() throws Exception {
		try (Stream<Path> ci = Files.list(ChartTools.CHART.resolve("ci"));
				Stream<Path> examples = Files.list(ChartTools.CHART.resolve("examples"))) {
			List<String> files = new ArrayList<>();
			files.add("");
			ci.map((p) -> "ci/" + p.getFileName()).sorted().forEach(files::add);
			examples.map((p) -> "examples/" + p.getFileName() + "/values.yaml").sorted().forEach(files::add);
			return files.stream();
		}
	}

}
