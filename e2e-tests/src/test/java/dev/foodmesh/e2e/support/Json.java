package dev.foodmesh.e2e.support;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON in and out of the journeys, with lenient readers for views whose exact shape is
 * not the point of a test.
 */
public final class Json {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private Json() {
	}

	public static JsonNode read(String text) {
		return MAPPER.readTree(text);
	}

	public static String write(Object value) {
		return MAPPER.writeValueAsString(value);
	}

	public static ObjectNode object() {
		return MAPPER.createObjectNode();
	}

	/**
	 * The elements of a list answer: a JSON array as is, or the {@code items} of a page.
	 */
	public static List<JsonNode> items(JsonNode listOrPage) {
		JsonNode array = listOrPage.isArray() ? listOrPage : listOrPage.path("items");
		List<JsonNode> items = new ArrayList<>();
		array.values().forEach(items::add);
		return items;
	}

	/**
	 * An amount in minor units held by the property: either a money object
	 * {@code {amount, currency}} or a bare number.
	 */
	public static long amount(JsonNode node, String property) {
		JsonNode value = node.path(property);
		return value.isObject() ? value.path("amount").asLong() : value.asLong();
	}

	/**
	 * The first of the named properties that is present and not null, as text; null if
	 * none is.
	 */
	public static String text(JsonNode node, String... names) {
		for (String name : names) {
			JsonNode value = node.get(name);
			if (value != null && !value.isNull()) {
				return value.isValueNode() ? value.asString() : value.toString();
			}
		}
		return null;
	}

}
