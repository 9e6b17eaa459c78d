package dev.foodmesh.web.problem;

import java.util.List;
import java.util.stream.Stream;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.method.annotation.HandlerMethodValidationException;

/**
 * Flattens the three shapes of Bean Validation failure (a {@code @Valid} body, built-in
 * method validation of parameters, a {@code @Validated} proxy) into one list of
 * {@link FieldViolation}s.
 */
final class ValidationErrors {

	private ValidationErrors() {
	}

	static List<FieldViolation> of(Errors errors) {
		return errors.getAllErrors().stream().map(ValidationErrors::violation).toList();
	}

	static List<FieldViolation> of(HandlerMethodValidationException ex) {
		return ex.getParameterValidationResults().stream().flatMap(ValidationErrors::violations).toList();
	}

	static List<FieldViolation> of(ConstraintViolationException ex) {
		return ex.getConstraintViolations().stream().map(ValidationErrors::violation).toList();
	}

	private static Stream<FieldViolation> violations(ParameterValidationResult result) {
		if (result instanceof Errors errors) {
			return of(errors).stream();
		}
		String name = String.valueOf(result.getMethodParameter().getParameterName());
		String field = result.getContainerIndex() != null ? name + "[" + result.getContainerIndex() + "]" : name;
		return result.getResolvableErrors().stream().map(error -> new FieldViolation(field, message(error)));
	}

	private static FieldViolation violation(ObjectError error) {
		if (error instanceof FieldError fieldError) {
			return new FieldViolation(fieldError.getField(), message(fieldError));
		}
		return new FieldViolation(error.getObjectName(), message(error));
	}

	private static String message(MessageSourceResolvable error) {
		if (error instanceof FieldError fieldError && fieldError.contains(TypeMismatchException.class)) {
			return ExpectedTypes.mustBe(fieldError.unwrap(TypeMismatchException.class).getRequiredType());
		}
		return String.valueOf(error.getDefaultMessage());
	}

	/**
	 * Drops the method node of {@code list.size}, keeping the parameter and any nested
	 * property path.
	 */
	private static FieldViolation violation(ConstraintViolation<?> violation) {
		StringBuilder field = new StringBuilder();
		for (Path.Node node : violation.getPropertyPath()) {
			if (node.getKind() != jakarta.validation.ElementKind.METHOD) {
				field.append(field.isEmpty() ? "" : ".").append(node);
			}
		}
		return new FieldViolation(field.toString(), violation.getMessage());
	}

}
