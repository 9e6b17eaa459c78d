package dev.foodmesh.web.problem;

import java.time.Duration;
import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * A dependency is down or too slow; the client may retry after {@link #retryAfter()}: 503
 * + {@code Retry-After}.
 */
public final class ServiceUnavailableException extends ProblemException {

	private final Duration retryAfter;

	public ServiceUnavailableException(String slug, String detail, Duration retryAfter) {
		super(HttpStatus.SERVICE_UNAVAILABLE, slug, detail, Map.of());
		this.retryAfter = retryAfter;
	}

	public Duration retryAfter() {
		return retryAfter;
	}

	/** Whole seconds for the {@code Retry-After} header, at least one. */
	long retryAfterSeconds() {
		long roundedUp = (retryAfter.toMillis() + 999) / 1000;
		return Math.max(1, roundedUp);
	}

}
