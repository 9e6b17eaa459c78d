package dev.foodmesh.charts;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chart's README documents every parameter (down to two levels) that values.yaml
 * sets.
 */
class ChartDocsTest {

	@Test
	@SuppressWarnings("unchecked")
	void shouldDocumentEveryParameterInTheReadme() throws Exception {
		Map<String, Object> values = new Yaml().load(Files.readString(ChartTools.CHART.resolve("values.yaml")));
		String readme = Files.readString(ChartTools.CHART.resolve("README.md"));
		List<String> paths = new ArrayList<>();
		values.forEach((key, value) -> {
			if (key.equals("components")) {
				paths.add("components.<name>.enabled");
			}
			else if (value instanceof Map<?, ?> children && !children.isEmpty()) {
				((Map<String, Object>) children).keySet().forEach((child) -> paths.add(key + "." + child));
			}
			else {
				paths.add(key);
			}
		});

		assertThat(paths).hasSizeGreaterThan(30)
			.allSatisfy((path) -> assertThat(readme).as("README documents %s", path).contains("`" + path));
	}

}
