package dev.foodmesh.web.problem;

import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * Well-formed input that the business rules refuse (a closed restaurant, an unknown menu
 * item): 422. Extensions name the culprit, e.g. {@code Map.of("menuItemId", id)}.
 */
public final class UnprocessableException extends ProblemException {

	public UnprocessableException(String slug, String detail) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, slug, detail, Map.of());
	}

	public UnprocessableException(String slug, String detail, Map<String, Object> extensions) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, slug, detail, extensions);
	}

}
