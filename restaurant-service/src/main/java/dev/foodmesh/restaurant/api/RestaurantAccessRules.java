package dev.foodmesh.restaurant.api;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

import dev.foodmesh.web.security.AccessRules;
import dev.foodmesh.web.security.Role;

/**
 * Who may call the restaurant routes (docs/security.md): restaurant and menu writes are
 * an operator's; anything else (reading restaurants and menus, a quote, which
 * order-service asks with the customer's relayed token) needs only a valid token.
 */
@Component
class RestaurantAccessRules implements AccessRules {

	@Override
	public void configure(AuthorizeExchangeSpec exchanges) {
		exchanges.pathMatchers(HttpMethod.POST, "/restaurants", "/restaurants/*/menu")
			.hasRole(Role.OPERATOR.claimValue())
			.pathMatchers(HttpMethod.PATCH, "/restaurants/*", "/restaurants/*/menu/*")
			.hasRole(Role.OPERATOR.claimValue());
	}

}
