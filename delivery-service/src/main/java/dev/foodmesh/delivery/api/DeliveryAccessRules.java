package dev.foodmesh.delivery.api;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

import dev.foodmesh.web.security.AccessRules;
import dev.foodmesh.web.security.Role;

/**
 * Who may call the delivery routes (docs/security.md): pickup and completion are a
 * courier's acts, on the deliveries assigned to them (MoveDelivery checks that on the row
 * it locks), or an operator's on any; couriers and operators read deliveries and
 * couriers; registering a courier is an operator's.
 */
@Component
class DeliveryAccessRules implements AccessRules {

	private static final String COURIER = Role.COURIER.claimValue();

	private static final String OPERATOR = Role.OPERATOR.claimValue();

	@Override
	public void configure(AuthorizeExchangeSpec exchanges) {
		exchanges.pathMatchers(HttpMethod.POST, "/deliveries/*/pickup", "/deliveries/*/complete")
			.hasAnyRole(COURIER, OPERATOR)
			.pathMatchers(HttpMethod.GET, "/deliveries", "/deliveries/**", "/couriers", "/couriers/**")
			.hasAnyRole(COURIER, OPERATOR)
			.pathMatchers(HttpMethod.POST, "/couriers")
			.hasRole(OPERATOR);
	}

}
