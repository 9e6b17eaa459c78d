package dev.foodmesh.web.problem;

import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Refuses a request whose {@code Accept} header cannot be parsed ({@code garbage/}) with
 * a 400 {@code invalid-parameter} naming the header, before any handler runs. Left to
 * WebFlux, an endpoint that declares what it produces answers it with a 406 and an empty
 * body: it cannot choose a media type for the problem either.
 */
final class AcceptHeaderFilter implements WebFilter, Ordered {

	static final String MESSAGE = "must be a list of media types, such as application/json";

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		try {
			exchange.getRequest().getHeaders().getAccept();
		}
		catch (InvalidMediaTypeException ex) {
			return Mono.error(new InvalidParametersException(List.of(new FieldViolation(HttpHeaders.ACCEPT, MESSAGE))));
		}
		return chain.filter(exchange);
	}

	/**
	 * Right after {@link StorableTextFilter}, so a NUL in the header is named as such.
	 */
	@Override
	public int getOrder() {
		return StorableTextFilter.ORDER + 1;
	}

}
