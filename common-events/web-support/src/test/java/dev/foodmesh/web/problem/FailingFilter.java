package dev.foodmesh.web.problem;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Fails before any controller is chosen, as a broken filter would, so no controller
 * advice can see it.
 */
@Component
class FailingFilter implements WebFilter {

	static final String PATH = "/filter-failure";

	static final String OUTAGE_PATH = "/filter-outage";

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		if (exchange.getRequest().getPath().value().equals(PATH)) {
			return Mono.error(new IllegalStateException("broken filter"));
		}
		if (exchange.getRequest().getPath().value().equals(OUTAGE_PATH)) {
			return Mono.error(DatabaseFailures.of("spring-refused"));
		}
		return chain.filter(exchange);
	}

}
