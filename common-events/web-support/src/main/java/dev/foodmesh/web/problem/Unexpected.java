package dev.foodmesh.web.problem;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;

/**
 * A bug, not bad input: logged here, once, with its stack trace, and answered without
 * internals.
 */
final class Unexpected {

	private static final Logger log = LoggerFactory.getLogger(Unexpected.class);

	private Unexpected() {
	}

	static ProblemSpec logged(Throwable error, ServerWebExchange exchange) {
		log.error("Unhandled error on {} {}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(),
				error);
		return ProblemSpec.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
				"An unexpected error occurred; it has been logged");
	}

}
