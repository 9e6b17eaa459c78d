package dev.foodmesh.web.problem;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.server.ServerWebExchange;

/**
 * Builds FoodMesh problem details: {@code type} from a slug, a {@code title} derived from
 * it (the same for every problem of that type), the {@code detail}, and {@code instance}
 * = the request path. Public so that a service's own {@code @RestControllerAdvice}
 * answers in exactly the same shape.
 */
public final class Problems {

	/** Every problem {@code type} starts with this. */
	public static final String TYPE_PREFIX = "https://foodmesh.dev/problems/";

	private Problems() {
	}

	/**
	 * A problem for {@code slug}, e.g.
	 * {@code of(HttpStatus.CONFLICT, "email-taken", "…", exchange)}.
	 */
	public static ProblemDetail of(HttpStatusCode status, String slug, String detail, ServerWebExchange exchange) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(TYPE_PREFIX + slug));
		problem.setTitle(title(slug));
		problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
		return problem;
	}

	/**
	 * The response for a problem, always {@code application/problem+json} whatever the
	 * request accepted.
	 */
	public static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	static ProblemDetail of(ProblemSpec spec, ServerWebExchange exchange) {
		ProblemDetail problem = of(spec.status(), spec.slug(), spec.detail(), exchange);
		if (!spec.errors().isEmpty()) {
			problem.setProperty("errors", spec.errors());
		}
		return problem;
	}

	/** {@code restaurant-closed} → {@code Restaurant closed}. */
	static String title(String slug) {
		String words = slug.replace('-', ' ');
		return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	/** {@code Method Not Allowed} → {@code method-not-allowed}. */
	static String slugOf(HttpStatusCode status) {
		HttpStatus known = HttpStatus.resolve(status.value());
		String phrase = known != null ? known.getReasonPhrase() : "http-" + status.value();
		return phrase.toLowerCase(Locale.ROOT).replace(' ', '-');
	}

	static String describe(List<FieldViolation> errors) {
		return "Invalid request: " + errors.stream().map(FieldViolation::toString).collect(Collectors.joining("; "));
	}

}
