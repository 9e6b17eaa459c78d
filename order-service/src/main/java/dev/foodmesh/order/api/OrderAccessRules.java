package dev.foodmesh.order.api;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

import dev.foodmesh.web.security.AccessRules;
import dev.foodmesh.web.security.Role;

/**
 * Who may call the order routes (docs/security.md): placing and cancelling are a
 * customer's own acts; reading and watching is for the customer and operators. Which
 * order is whose is checked in the controllers with the {@code Caller}, once the order is
 * read.
 */
@Component
class OrderAccessRules implements AccessRules {

	private static final String CUSTOMER = Role.CUSTOMER.claimValue();

	private static final String OPERATOR = Role.OPERATOR.claimValue();

	@Override
	public void configure(AuthorizeExchangeSpec exchanges) {
		exchanges.pathMatchers(HttpMethod.POST, "/orders", "/orders/*/cancel")
			.hasRole(CUSTOMER)
			.pathMatchers(HttpMethod.GET, "/orders", "/orders/*", "/orders/*/events")
			.hasAnyRole(CUSTOMER, OPERATOR);
	}

}
