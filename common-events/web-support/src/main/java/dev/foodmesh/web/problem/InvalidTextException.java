package dev.foodmesh.web.problem;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON string (or object key) that is not {@link StorableText storable}. Jackson adds
 * the path of the field as it unwinds, so the problem names it
 * ({@code deliveryAddress.street}).
 */
final class InvalidTextException extends MismatchedInputException {

	private static final long serialVersionUID = 1L;

	InvalidTextException(JsonParser parser) {
		super(parser, "String value " + StorableText.MESSAGE, String.class);
	}

}
