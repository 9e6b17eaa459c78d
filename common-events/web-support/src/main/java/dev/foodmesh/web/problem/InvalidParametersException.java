package dev.foodmesh.web.problem;

import java.util.List;

/**
 * Parameters or headers a FoodMesh resolver or filter refused; answered as a 400
 * {@code invalid-parameter}.
 */
public final class InvalidParametersException extends RuntimeException {

	private final List<FieldViolation> violations;

	public InvalidParametersException(List<FieldViolation> violations) {
		super(Problems.describe(violations), null, false, false);
		this.violations = List.copyOf(violations);
	}

	List<FieldViolation> violations() {
		return violations;
	}

}
