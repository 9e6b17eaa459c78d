package dev.foodmesh.charts;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10, finding 9: every service's JVM fits its container. Heap (MaxRAMPercentage of
 * the limit), metaspace, code cache and direct memory are all capped, and with 128 MiB
 * for threads, GC structures and the agent's native memory they stay inside the memory
 * limit, so sustained load ends in a GC, not an OOM kill. A CPU limit under two CPUs
 * would make the JVM pick SerialGC: the collector is named.
 */
class ChartSizingTest {

	static final List<String> VALUE_SETS = RenderedChart.ALL_VALUE_SETS;

	static final long MIB = 1024 * 1024;

	@ParameterizedTest(name = "{0}")
	@FieldSource("VALUE_SETS")
	void shouldFitEveryJvmInsideItsMemoryLimit(String valueSet) {
		RenderedChart chart = RenderedChart.of(valueSet);
		for (String service : RenderedChart.SERVICES) {
			String options = String
				.valueOf(Yamls.map(chart.get("ConfigMap", service), "data").get("JAVA_TOOL_OPTIONS"));
			Map<String, Object> limits = Yamls.map(
					Yamls.maps(chart.get("Deployment", service), "spec.template.spec.containers").get(0),
					"resources.limits");
			long limit = bytes(String.valueOf(limits.get("memory")));
			String id = valueSet + " " + service;

			double percentage = Double.parseDouble(flag(options, "-XX:MaxRAMPercentage=([0-9.]+)", id));
			long metaspace = bytes(flag(options, "-XX:MaxMetaspaceSize=(\\w+)", id));
			long codeCache = bytes(flag(options, "-XX:ReservedCodeCacheSize=(\\w+)", id));
			long direct = bytes(flag(options, "-XX:MaxDirectMemorySize=(\\w+)", id));
			long heap = (long) (limit * percentage / 100);

			assertThat(heap + metaspace + codeCache + direct + 128 * MIB)
				.as("%s: heap %d MiB + metaspace + code " + "cache + direct + 128 MiB against a %d MiB limit", id,
						heap / MIB, limit / MIB)
				.isLessThanOrEqualTo(limit);
			assertThat(heap).as("%s heap", id).isGreaterThanOrEqualTo(256 * MIB);
			if (cpus(String.valueOf(limits.get("cpu"))) < 2) {
				assertThat(options).as("%s: a collector is chosen, not left to SerialGC", id)
					.containsAnyOf("-XX:+UseG1GC", "-XX:+UseZGC", "-XX:+UseParallelGC", "-XX:ActiveProcessorCount=");
			}
		}
	}

	static String flag(String options, String regex, String id) {
		Matcher m = Pattern.compile(regex).matcher(options);
		assertThat(m.find()).as("%s sets %s", id, regex).isTrue();
		return m.group(1);
	}

	/** Kubernetes quantities (Mi, Gi, M, G) and JVM sizes (m, g, k). */
	static long bytes(String quantity) {
		Matcher m = Pattern.compile("^(\\d+(?:\\.\\d+)?)([a-zA-Z]*)$").matcher(quantity);
		assertThat(m.matches()).as(quantity).isTrue();
		double n = Double.parseDouble(m.group(1));
		return (long) (n * switch (m.group(2)) {
			case "Ki", "k", "K" -> 1024;
			case "Mi", "m", "M" -> MIB;
			case "Gi", "g", "G" -> 1024 * MIB;
			default -> 1;
		});
	}

	static double cpus(String quantity) {
		return quantity.endsWith("m") ? Double.parseDouble(quantity.substring(0, quantity.length() - 1)) / 1000
				: Double.parseDouble(quantity);
	}

}
