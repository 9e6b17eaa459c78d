package dev.foodmesh.web;

import java.util.List;

/** Query parameters that the resolvers of this module refused; answered as a 400 {@code invalid-parameter}. */
final class InvalidParametersException extends RuntimeException {

    private final List<FieldViolation> violations;

    InvalidParametersException(List<FieldViolation> violations) {
        super(Problems.describe(violations), null, false, false);
        this.violations = List.copyOf(violations);
    }

    List<FieldViolation> violations() {
        return violations;
    }

}
