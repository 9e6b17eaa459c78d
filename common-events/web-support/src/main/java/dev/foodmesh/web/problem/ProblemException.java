package dev.foodmesh.web.problem;

import java.util.Map;
import java.util.Set;

import org.springframework.http.HttpStatus;

/**
 * An outcome a service reports to its caller as an RFC 9457 problem: the {@code slug}
 * becomes the problem {@code type} ({@code https://foodmesh.dev/problems/<slug>}), the
 * message its {@code detail}, and the extensions top-level members of the problem body.
 */
public abstract sealed class ProblemException extends RuntimeException permits NotFoundException,
		UnprocessableException, ServiceUnavailableException, ConflictException, ForbiddenException {

	/**
	 * The members RFC 9457 defines; an extension of the same name would hide or duplicate
	 * them in the body.
	 */
	private static final Set<String> STANDARD_MEMBERS = Set.of("type", "title", "status", "detail", "instance");

	private final HttpStatus status;

	private final String slug;

	private final Map<String, Object> extensions;

	ProblemException(HttpStatus status, String slug, String detail, Map<String, Object> extensions) {
		// no stack trace: these are expected outcomes answered to the client, never
		// logged as errors
		super(detail, null, false, false);
		this.status = status;
		this.slug = slug;
		this.extensions = Map.copyOf(extensions);
		extensions.keySet().stream().filter(STANDARD_MEMBERS::contains).findFirst().ifPresent((name) -> {
			throw new IllegalArgumentException("extension '" + name + "' would clash with the RFC 9457 member");
		});
	}

	public HttpStatus status() {
		return status;
	}

	public String slug() {
		return slug;
	}

	public String detail() {
		return getMessage();
	}

	public Map<String, Object> extensions() {
		return extensions;
	}

}
