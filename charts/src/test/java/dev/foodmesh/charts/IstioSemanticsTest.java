package dev.foodmesh.charts;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10, item 4: Istio's semantic rules (durations, retries, ServiceEntry hosts and
 * ports, authorization paths) hold for every value set and example, including
 * docs/deploy.md's laptop + development JWT combination. The second half proves the
 * checker rejects what istiod's webhook rejects: finding 1's {@code timeout: 0s} and
 * finding 6's several DNS hosts on one TCP port.
 */
class IstioSemanticsTest {

	static final List<String> VALUE_SETS = RenderedChart.ALL_VALUE_SETS;

	@ParameterizedTest(name = "{0}")
	@FieldSource("VALUE_SETS")
	void shouldPassIstiosOwnValidation(String valueSet) {
		RenderedChart chart = RenderedChart.of(valueSet);

		assertThat(IstioSemantics.violations(chart.objects())).as("Istio semantic errors in %s", valueSet).isEmpty();
	}

	@Test
	void shouldValidateTheMeshFilesOutsideTheChart() {
		List<Map<String, Object>> telemetry = RenderedChart.parse("telemetry", read("istio/telemetry.yaml"));

		assertThat(IstioSemantics.violations(telemetry)).isEmpty();
		assertThat(SchemaValidator.validate(telemetry)).isEmpty();
	}

	@Test
	void shouldRejectAZeroTimeoutAsIstiodDoes() {
		assertThat(IstioSemantics.violations(RenderedChart.parse("vs", """
				apiVersion: networking.istio.io/v1
				kind: VirtualService
				metadata: {name: sse}
				spec:
				  hosts: ["*"]
				  http:
				    - name: events
				      route: [{destination: {host: a}}]
				      timeout: 0s
				      retries: {attempts: 0}
				    - name: sub-ms
				      route: [{destination: {host: a}}]
				      timeout: 1500us
				    - name: disabled-but-configured
				      route: [{destination: {host: a}}]
				      timeout: 5s
				      retries: {attempts: 0, retryOn: 5xx}
				    - name: unknown-condition
				      route: [{destination: {host: a}}]
				      timeout: 5s
				      retries: {attempts: 2, perTryTimeout: 3s, retryOn: "5xx,server-error"}
				"""))).hasSize(5)
			.anySatisfy((e) -> assertThat(e).contains("http[0].timeout", "\"0s\": duration must be greater than 1ms"))
			.anySatisfy((e) -> assertThat(e).contains("\"1500us\": only durations to ms precision"))
			.anySatisfy((e) -> assertThat(e).contains("configured when attempts are set to 0"))
			.anySatisfy((e) -> assertThat(e).contains("server-error is not a valid retryOn value"))
			.anySatisfy((e) -> assertThat(e).contains("exceeds the route timeout"));
	}

	@Test
	void shouldRejectSeveralDnsHostsOnOneTcpPortWithoutAddresses() {
		assertThat(IstioSemantics.violations(RenderedChart.parse("se", """
				apiVersion: networking.istio.io/v1
				kind: ServiceEntry
				metadata: {name: kafka}
				spec:
				  hosts: [b-1.kafka.example, b-2.kafka.example]
				  location: MESH_EXTERNAL
				  resolution: DNS
				  ports: [{number: 9092, name: tcp-kafka, protocol: TCP}]
				---
				apiVersion: networking.istio.io/v1
				kind: ServiceEntry
				metadata: {name: pg}
				spec:
				  hosts: [10.0.0.7]
				  location: MESH_EXTERNAL
				  resolution: STATIC
				  ports: [{number: 5432, name: tcp-pg, protocol: TCP}, {number: 5432, name: tcp-pg2, protocol: TCP}]
				"""))).hasSize(4)
			.anySatisfy((e) -> assertThat(e).contains("ServiceEntry/kafka", "2 hosts share TCP ports [9092]"))
			.anySatisfy((e) -> assertThat(e).contains("host 10.0.0.7 is an IP address"))
			.anySatisfy((e) -> assertThat(e).contains("endpoints must be provided for STATIC"))
			.anySatisfy((e) -> assertThat(e).contains("port number 5432 is not unique"));
	}

	@Test
	void shouldReadGoDurations() {
		assertThat(IstioSemantics.parse("1h30m")).isEqualTo(Duration.ofMinutes(90));
		assertThat(IstioSemantics.parse("2500ms")).isEqualTo(Duration.ofMillis(2500));
		assertThat(IstioSemantics.parse("1.5s")).isEqualTo(Duration.ofMillis(1500));
		assertThat(IstioSemantics.parse("soon")).isNull();
	}

	static String read(String file) {
		try {
			return java.nio.file.Files.readString(ChartTools.REPO.resolve(file));
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
