package dev.foodmesh.web.security;

import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;

/**
 * A service's rules for its API routes, declared as a bean next to its controllers. The
 * shared configuration applies every service's rules in bean order, then lets any other
 * request through with a valid token (an unknown path then answers 404, not 403).
 * Ownership is not a route rule: controllers check it with {@link Caller}.
 */
@FunctionalInterface
public interface AccessRules {

	void configure(AuthorizeExchangeSpec exchanges);

}
