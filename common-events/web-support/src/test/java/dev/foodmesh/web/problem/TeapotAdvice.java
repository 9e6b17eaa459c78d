package dev.foodmesh.web.problem;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ServerWebExchange;

/**
 * A service's own advice, as a service would write it: it must win over the shared
 * catch-all.
 */
@RestControllerAdvice
class TeapotAdvice {

	static final class TeapotException extends RuntimeException {

	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> handle(TeapotException ex, ServerWebExchange exchange) {
		return Problems.respond(Problems.of(HttpStatus.I_AM_A_TEAPOT, "teapot", "Short and stout", exchange));
	}

}
