package dev.foodmesh.web.problem;

import java.util.Map;

import org.springframework.http.HttpStatus;

/** The addressed resource does not exist: 404. */
public final class NotFoundException extends ProblemException {

	/** A 404 with slug {@code not-found}. */
	public NotFoundException(String detail) {
		this("not-found", detail);
	}

	/** A 404 with a specific slug such as {@code user-not-found}. */
	public NotFoundException(String slug, String detail) {
		super(HttpStatus.NOT_FOUND, slug, detail, Map.of());
	}

}
