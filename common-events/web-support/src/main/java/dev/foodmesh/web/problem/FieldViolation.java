package dev.foodmesh.web.problem;

/**
 * One invalid input, as listed in a problem's {@code errors} extension: the field path
 * ({@code items[0].quantity}) or parameter name ({@code size}) and what is wrong with it.
 */
public record FieldViolation(String field, String message) {

	@Override
	public String toString() {
		return field + " " + message;
	}

}
