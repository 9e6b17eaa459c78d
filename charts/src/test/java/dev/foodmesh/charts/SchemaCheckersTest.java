package dev.foodmesh.charts;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two schema checks of {@link UpstreamSchemaTest} reject broken objects: a green run
 * means something.
 */
class SchemaCheckersTest {

	@Test
	void shouldRejectWrongTypesAndEnumsAgainstTheUpstreamSchemas() {
		List<Map<String, Object>> errors = SchemaValidator.validate(List.of(yaml("""
				apiVersion: apps/v1
				kind: Deployment
				metadata: {name: typed}
				spec:
				  selector: {matchLabels: {a: b}}
				  template:
				    spec:
				      containers: [{name: app, image: x, ports: [{containerPort: http}]}]
				"""), yaml("""
				apiVersion: networking.istio.io/v1
				kind: Gateway
				metadata: {name: enum}
				spec:
				  servers: [{port: {number: 443, name: https, protocol: HTTPS}, hosts: ["*"], tls: {mode: SIMPLEST}}]
				"""), yaml("""
				apiVersion: gateway.networking.k8s.io/v1
				kind: HTTPRoute
				metadata: {name: route}
				spec:
				  rules: [{matches: [{path: {type: Glob, value: /}}]}]
				"""), yaml("""
				apiVersion: example.com/v1
				kind: Unknown
				metadata: {name: nothing}
				""")));

		assertThat(errors).extracting((e) -> e.get("name")).containsExactly("typed", "enum", "route", "nothing");
	}

	@Test
	void shouldRejectFieldsTheApiDoesNotDeclare() {
		assertThat(StrictModelCheck.unknownFields(yaml("""
				apiVersion: apps/v1
				kind: Deployment
				metadata: {name: typo}
				spec:
				  selector: {matchLabels: {a: b}}
				  template:
				    spec:
				      containers: [{name: app, image: x, securityContex: {runAsNonRoot: true}}]
				"""))).singleElement().asString().contains("securityContex");
		assertThat(StrictModelCheck.unknownFields(yaml("""
				apiVersion: networking.istio.io/v1
				kind: VirtualService
				metadata: {name: retries}
				spec:
				  hosts: [a]
				  http: [{route: [{destination: {host: a}}], retries: {attemps: 3}}]
				"""))).singleElement().asString().contains("attemps");
		assertThat(StrictModelCheck.unknownFields(yaml("""
				apiVersion: security.istio.io/v1
				kind: AuthorizationPolicy
				metadata: {name: misplaced}
				spec:
				  rule: [{from: [{source: {principals: [x]}}]}]
				"""))).singleElement().asString().contains("rule");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> yaml(String text) {
		return (Map<String, Object>) new Yaml().load(text);
	}

}
