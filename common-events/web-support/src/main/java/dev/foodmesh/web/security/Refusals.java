package dev.foodmesh.web.security;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

/**
 * Spring Security's refusals as errors, so that the shared {@code WebExceptionHandler}
 * answers them as problem+json like every other error: 401 {@code unauthorized} (with
 * {@code WWW-Authenticate: Bearer}, RFC 6750), 403 {@code forbidden}, and 400 for a
 * request its firewall rejects.
 */
final class Refusals
		implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler, ServerExchangeRejectedHandler {

	@Override
	public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException ex) {
		exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
		return Mono.error(new ResponseStatusException(HttpStatus.UNAUTHORIZED,
				"A valid bearer token is required: " + ex.getMessage()));
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
		return Mono.error(new ResponseStatusException(HttpStatus.FORBIDDEN, "The token's roles do not allow "
				+ exchange.getRequest().getMethod() + " " + exchange.getRequest().getPath()));
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, ServerExchangeRejectedException rejected) {
		return Mono.error(new ResponseStatusException(HttpStatus.BAD_REQUEST,
				"The request path or method is not accepted: " + rejected.getMessage()));
	}

}
