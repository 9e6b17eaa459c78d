package dev.foodmesh.web.problem;

import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * The request clashes with the current state of the resource (a duplicate, a move that is
 * too late): 409.
 */
public final class ConflictException extends ProblemException {

	public ConflictException(String slug, String detail) {
		super(HttpStatus.CONFLICT, slug, detail, Map.of());
	}

	public ConflictException(String slug, String detail, Map<String, Object> extensions) {
		super(HttpStatus.CONFLICT, slug, detail, extensions);
	}

}
