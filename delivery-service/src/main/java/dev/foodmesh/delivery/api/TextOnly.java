package dev.foodmesh.delivery.api;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads a JSON string and nothing else. Jackson would turn {@code 5} or {@code true} into
 * the text {@code "5"} or {@code "true"}; a client that sends a number as a courier's
 * name made a mistake and hears so (400 {@code invalid-field-type} naming the field)
 * instead of getting a courier called "5". {@code null} never gets here (Jackson answers
 * it itself), so Bean Validation reports it as missing.
 */
final class TextOnly extends ValueDeserializer<String> {

	@Override
	public String deserialize(JsonParser parser, DeserializationContext context) {
		if (parser.currentToken() == JsonToken.VALUE_STRING) {
			return parser.getString();
		}
		return (String) context.handleUnexpectedToken(String.class, parser);
	}

}
