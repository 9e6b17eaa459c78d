package dev.foodmesh.web.problem;

import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.exc.MismatchedInputException;

import org.springframework.http.HttpStatus;

/**
 * Turns a Jackson failure while reading a request body into a problem that points at the
 * JSON field.
 */
final class JsonErrors {

	private JsonErrors() {
	}

	static ProblemSpec translate(JacksonException outermost) {
		InvalidTextException text = Causes.find(outermost, InvalidTextException.class);
		if (text != null) {
			return invalidText(path(text.getPath()));
		}
		if (Causes.find(outermost, InputCoercionException.class) != null) {
			return wrongType(outermost, "is out of range");
		}
		MismatchedInputException mismatch = Causes.find(outermost, MismatchedInputException.class);
		if (mismatch != null && mismatch.getPath().isEmpty() && mismatch.getCurrentToken() == null) {
			// Jackson reads an empty body as "no content" at the root, before any token
			return InputErrors.missingBody();
		}
		if (mismatch != null) {
			return wrongType(outermost, ExpectedTypes.mustBe(mismatch.getTargetType()));
		}
		return ProblemSpec.of(HttpStatus.BAD_REQUEST, "malformed-json",
				"Request body is not valid JSON" + at(outermost.getLocation()));
	}

	private static ProblemSpec wrongType(JacksonException ex, String message) {
		String field = path(ex.getPath());
		if (field.isEmpty()) {
			return ProblemSpec.of(HttpStatus.BAD_REQUEST, "invalid-field-type", "Request body " + message);
		}
		return ProblemSpec.invalid(HttpStatus.BAD_REQUEST, "invalid-field-type",
				List.of(new FieldViolation(field, message)));
	}

	/**
	 * The right type, but text that cannot be stored: a validation failure like any
	 * other, naming the field.
	 */
	private static ProblemSpec invalidText(String field) {
		return ProblemSpec.invalid(HttpStatus.BAD_REQUEST, "validation-failed",
				List.of(new FieldViolation(field.isEmpty() ? "body" : field, StorableText.MESSAGE)));
	}

	/** {@code [items, 0, quantity]} → {@code items[0].quantity}. */
	static String path(List<JacksonException.Reference> references) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : references) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	private static String at(@Nullable TokenStreamLocation location) {
		if (location == null || location.getLineNr() < 1) {
			return "";
		}
		return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
	}

}
