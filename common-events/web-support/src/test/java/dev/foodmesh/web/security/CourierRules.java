package dev.foodmesh.web.security;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;

/** A service's rules as the shared configuration applies them. */
class CourierRules implements AccessRules {

	@Override
	public void configure(AuthorizeExchangeSpec exchanges) {
		exchanges.pathMatchers(HttpMethod.POST, "/me/deliveries").hasRole(Role.COURIER.claimValue());
	}

}
