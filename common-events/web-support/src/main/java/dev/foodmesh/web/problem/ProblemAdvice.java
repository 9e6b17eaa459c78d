package dev.foodmesh.web.problem;

import java.util.List;

import jakarta.validation.ConstraintViolationException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerErrorException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;

/**
 * Maps every error that reaches a controller, a handler mapping or an argument resolver
 * to RFC 9457 problem details. Ordered last, so a service's own
 * {@code @RestControllerAdvice} (any order but the lowest) is asked first; for errors it
 * does not handle this one answers.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ProblemAdvice {

	private final Outages outages;

	ProblemAdvice(Outages outages) {
		this.outages = outages;
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> handle(ProblemException ex, ServerWebExchange exchange) {
		ProblemDetail problem = Problems.of(ex.status(), ex.slug(), ex.detail(), exchange);
		ex.extensions().forEach(problem::setProperty);
		HttpHeaders headers = new HttpHeaders();
		if (ex instanceof ServiceUnavailableException unavailable) {
			headers.set(HttpHeaders.RETRY_AFTER, Long.toString(unavailable.retryAfterSeconds()));
		}
		return respond(problem, headers);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> handle(WebExchangeBindException ex, ServerWebExchange exchange) {
		return validationFailed(ValidationErrors.of(ex.getBindingResult()), exchange);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> handle(HandlerMethodValidationException ex, ServerWebExchange exchange) {
		return validationFailed(ValidationErrors.of(ex), exchange);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> handle(ConstraintViolationException ex, ServerWebExchange exchange) {
		return validationFailed(ValidationErrors.of(ex), exchange);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> handle(InvalidParametersException ex, ServerWebExchange exchange) {
		return respond(ProblemSpec.invalid(HttpStatus.BAD_REQUEST, "invalid-parameter", ex.violations()), exchange);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> handle(ServerWebInputException ex, ServerWebExchange exchange) {
		return respond(InputErrors.translate(ex), exchange);
	}

	/**
	 * WebFlux reports a path variable that converted to nothing (a blank id,
	 * {@code /users/%20}) as a server error, since a matched route cannot lack one; it is
	 * the client's input all the same.
	 */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> handle(ServerErrorException ex, ServerWebExchange exchange) {
		ProblemSpec blank = InputErrors.blankPathVariable(ex, exchange);
		return blank != null ? respond(blank, exchange) : unexpected(ex, exchange);
	}

	/**
	 * The codecs' in-memory limit ({@code spring.http.codecs.max-in-memory-size}) was
	 * exceeded.
	 */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> handle(DataBufferLimitException ex, ServerWebExchange exchange) {
		return respond(InputErrors.tooLarge(), exchange);
	}

	/**
	 * Unknown route (404), wrong method (405), 406, 415 and any other status the
	 * framework raises.
	 */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> handle(ResponseStatusException ex, ServerWebExchange exchange) {
		if (ex.getStatusCode().is5xxServerError()) {
			return unexpected(ex, exchange);
		}
		// keeps the headers the status requires, such as Allow on a 405
		return respond(Problems.of(FrameworkErrors.translate(ex, exchange.getRequest()), exchange), ex.getHeaders());
	}

	/**
	 * An outage of the database or a dependency is a 503 with {@code Retry-After};
	 * anything else is a bug.
	 */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> unexpected(Exception ex, ServerWebExchange exchange) {
		ProblemSpec outage = this.outages.problemFor(ex, exchange);
		if (outage != null) {
			HttpHeaders headers = new HttpHeaders();
			this.outages.addRetryAfter(headers);
			return respond(Problems.of(outage, exchange), headers);
		}
		return respond(Unexpected.logged(ex, exchange), exchange);
	}

	private ResponseEntity<ProblemDetail> validationFailed(List<FieldViolation> errors, ServerWebExchange exchange) {
		return respond(ProblemSpec.invalid(HttpStatus.BAD_REQUEST, "validation-failed", errors), exchange);
	}

	private static ResponseEntity<ProblemDetail> respond(ProblemSpec spec, ServerWebExchange exchange) {
		return Problems.respond(Problems.of(spec, exchange));
	}

	private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem, HttpHeaders headers) {
		return ResponseEntity.status(problem.getStatus())
			.headers(headers)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

}
