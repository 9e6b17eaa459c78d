package dev.foodmesh.web.problem;

import java.util.List;

import org.springframework.http.HttpStatusCode;

/** What a problem response will say, before it is bound to a request. */
record ProblemSpec(HttpStatusCode status, String slug, String detail, List<FieldViolation> errors) {

	static ProblemSpec of(HttpStatusCode status, String slug, String detail) {
		return new ProblemSpec(status, slug, detail, List.of());
	}

	static ProblemSpec invalid(HttpStatusCode status, String slug, List<FieldViolation> errors) {
		return new ProblemSpec(status, slug, Problems.describe(errors), errors);
	}

}
