package dev.foodmesh.web.problem;

import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * The caller is known but may not do this, e.g. read another user's order: 403
 * {@code forbidden}.
 */
public final class ForbiddenException extends ProblemException {

	public ForbiddenException(String detail) {
		super(HttpStatus.FORBIDDEN, "forbidden", detail, Map.of());
	}

}
