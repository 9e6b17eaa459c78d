package dev.foodmesh.web.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Refuses a request whose decoded path, query parameter values or header values are not
 * {@link StorableText storable} with a 400 {@code invalid-parameter} naming the parameter
 * (the header, or {@code path}), before any handler runs: an {@code Idempotency-Key} or a
 * {@code ?city=} with a NUL would otherwise reach Postgres and fail there. JSON bodies
 * are checked while they are read ({@link StorableTextModule}).
 */
final class StorableTextFilter implements WebFilter, Ordered {

	/**
	 * After the observation filter (so the 400 is measured), before anything a service
	 * adds.
	 */
	static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		List<FieldViolation> violations = violations(exchange.getRequest());
		if (!violations.isEmpty()) {
			return Mono.error(new InvalidParametersException(violations));
		}
		return chain.filter(exchange);
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

	private static List<FieldViolation> violations(ServerHttpRequest request) {
		List<FieldViolation> violations = new ArrayList<>(0);
		for (PathContainer.Element element : request.getPath().pathWithinApplication().elements()) {
			if (element instanceof PathContainer.PathSegment segment
					&& !StorableText.isStorable(segment.valueToMatch())) {
				violations.add(new FieldViolation("path", StorableText.MESSAGE));
				break;
			}
		}
		check(request.getQueryParams().entrySet(), violations);
		check(request.getHeaders().headerSet(), violations);
		return violations;
	}

	private static void check(Iterable<Map.Entry<String, List<String>>> values, List<FieldViolation> violations) {
		for (Map.Entry<String, List<String>> entry : values) {
			for (String value : entry.getValue()) {
				if (!StorableText.isStorable(value)) {
					String name = StorableText.isStorable(entry.getKey()) ? entry.getKey() : "parameter name";
					violations.add(new FieldViolation(name, StorableText.MESSAGE));
					break;
				}
			}
		}
	}

}
