package dev.foodmesh.order.lookup;

import reactor.core.publisher.Mono;

import org.springframework.core.NestedExceptionUtils;
import org.springframework.web.reactive.function.client.ClientResponse;

import dev.foodmesh.order.application.DependencyUnavailableException;

/**
 * Turns transport failures and unexpected answers of a dependency into "unavailable, try
 * again later".
 */
final class LookupFailures {

	private LookupFailures() {
	}

	/**
	 * Connection refused, connect or response timeout, a body that cannot be read: the
	 * dependency is unavailable. JVM errors are not the dependency's fault and pass
	 * through.
	 */
	static Throwable unavailable(String dependency, Throwable error) {
		if (error instanceof DependencyUnavailableException || error instanceof Error) {
			return error;
		}
		return new DependencyUnavailableException(dependency, describe(error), error);
	}

	/**
	 * The innermost cause, named even when it has no message (Netty's timeouts have
	 * none).
	 */
	private static String describe(Throwable error) {
		Throwable cause = NestedExceptionUtils.getMostSpecificCause(error);
		return (cause.getMessage() != null) ? cause.getClass().getSimpleName() + ": " + cause.getMessage()
				: cause.getClass().getSimpleName();
	}

	/**
	 * A 5xx (or a status the contract does not know) means the dependency cannot answer
	 * now.
	 */
	static <T> Mono<T> unexpected(String dependency, ClientResponse response) {
		return response.releaseBody()
			.then(Mono.error(() -> new DependencyUnavailableException(dependency,
					"answered " + response.statusCode().value(), new IllegalStateException())));
	}

}
