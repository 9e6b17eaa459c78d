package dev.foodmesh.charts;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Runs target/npm/validate.mjs: the upstream schemas, compiled by kubernetes-models into
 * validators, judge each object. Returns one {index, kind, name, error} map per failure.
 */
final class SchemaValidator {

	private static final ObjectMapper JSON = new ObjectMapper();

	private SchemaValidator() {
	}

	static List<Map<String, Object>> validate(List<Map<String, Object>> objects) {
		try {
			String input = JSON.writeValueAsString(objects);
			ChartTools.Result result = ChartTools
				.run(List.of("node", ChartTools.TOOLS.resolve("validate.mjs").toString()), input);
			if (result.exitCode() != 0) {
				throw new IllegalStateException("validate.mjs failed:\n" + result.all());
			}
			return JSON.readValue(result.stdout(), new TypeReference<>() {
			});
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
