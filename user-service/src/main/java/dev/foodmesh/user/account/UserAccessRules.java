package dev.foodmesh.user.account;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

import dev.foodmesh.web.security.AccessRules;
import dev.foodmesh.web.security.Role;

/**
 * Who may call the user routes (docs/security.md): user administration is an operator's;
 * a customer reads only their own record, which {@link UserController} checks
 * (order-service's lookup relays the customer's token).
 */
@Component
class UserAccessRules implements AccessRules {

	@Override
	public void configure(AuthorizeExchangeSpec exchanges) {
		exchanges.pathMatchers(HttpMethod.GET, "/users/*")
			.hasAnyRole(Role.CUSTOMER.claimValue(), Role.OPERATOR.claimValue())
			.pathMatchers(HttpMethod.GET, "/users")
			.hasRole(Role.OPERATOR.claimValue())
			.pathMatchers(HttpMethod.POST, "/users")
			.hasRole(Role.OPERATOR.claimValue())
			.pathMatchers(HttpMethod.PATCH, "/users/*")
			.hasRole(Role.OPERATOR.claimValue());
	}

}
