package dev.foodmesh.web.security;

import java.util.EnumSet;
import java.util.Set;

import reactor.core.publisher.Mono;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.web.reactive.BindingContext;
import org.springframework.web.reactive.result.method.HandlerMethodArgumentResolver;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

/**
 * Resolves a {@link Caller} controller parameter from the request's authenticated token.
 */
final class CallerArgumentResolver implements HandlerMethodArgumentResolver {

	private static final String ROLE_PREFIX = "ROLE_";

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == Caller.class;
	}

	@Override
	public Mono<Object> resolveArgument(MethodParameter parameter, BindingContext context, ServerWebExchange exchange) {
		return ReactiveSecurityContextHolder.getContext()
			.mapNotNull(SecurityContext::getAuthentication)
			.filter(Authentication::isAuthenticated)
			.<Object>map(CallerArgumentResolver::caller)
			// a route the rules left open cannot ask who calls
			.switchIfEmpty(Mono
				.error(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED, "A valid bearer token is required")));
	}

	private static Caller caller(Authentication authentication) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (Role role : Role.values()) {
			String authority = ROLE_PREFIX + role.claimValue();
			if (authentication.getAuthorities()
				.stream()
				.anyMatch((granted) -> authority.equals(granted.getAuthority()))) {
				roles.add(role);
			}
		}
		return new Caller(authentication.getName(), roles);
	}

}
