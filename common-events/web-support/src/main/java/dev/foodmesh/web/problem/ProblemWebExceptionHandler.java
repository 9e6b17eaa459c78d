package dev.foodmesh.web.problem;

import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.codec.HttpMessageWriter;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.reactive.result.view.ViewResolver;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;

/**
 * The last line: errors that never reach a controller advice (a failing
 * {@code WebFilter}, an {@link Error}) are answered as problems too, instead of Spring
 * Boot's own error JSON. Runs just before Boot's handler.
 */
final class ProblemWebExceptionHandler implements WebExceptionHandler, Ordered {

	private final ServerResponse.Context context;

	private final Outages outages;

	ProblemWebExceptionHandler(ServerCodecConfigurer codecs, Outages outages) {
		this.context = new WritersOnly(codecs.getWriters(), List.of());
		this.outages = outages;
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
		if (exchange.getResponse().isCommitted()) {
			return Mono.error(error);
		}
		HttpHeaders headers = new HttpHeaders();
		ProblemSpec spec = translate(exchange, error, headers);
		return ServerResponse.status(spec.status())
			.headers(all -> all.addAll(headers))
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyValue(Problems.of(spec, exchange))
			.flatMap(response -> response.writeTo(exchange, context));
	}

	private ProblemSpec translate(ServerWebExchange exchange, Throwable error, HttpHeaders headers) {
		if (error instanceof InvalidParametersException invalid) {
			// raised by this module's filters (StorableTextFilter, AcceptHeaderFilter),
			// before any handler
			return ProblemSpec.invalid(HttpStatus.BAD_REQUEST, "invalid-parameter", invalid.violations());
		}
		if (error instanceof ResponseStatusException status && !status.getStatusCode().is5xxServerError()) {
			return FrameworkErrors.translate(status, exchange.getRequest());
		}
		ProblemSpec outage = this.outages.problemFor(error, exchange);
		if (outage != null) {
			this.outages.addRetryAfter(headers);
			return outage;
		}
		return Unexpected.logged(error, exchange);
	}

	/** Boot's {@code DefaultErrorWebExceptionHandler} is at -1. */
	@Override
	public int getOrder() {
		return -2;
	}

	private record WritersOnly(List<HttpMessageWriter<?>> messageWriters,
			List<ViewResolver> viewResolvers) implements ServerResponse.Context {
	}

}
