package dev.foodmesh.payment.api;

import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

import dev.foodmesh.web.security.AccessRules;
import dev.foodmesh.web.security.Role;

/**
 * Who may read payments (docs/security.md): operators only. payment-service does not know
 * whose order a payment belongs to, and a customer sees the outcome on the order itself.
 */
@Component
class PaymentAccessRules implements AccessRules {

	@Override
	public void configure(AuthorizeExchangeSpec exchanges) {
		exchanges.pathMatchers("/payments", "/payments/**").hasRole(Role.OPERATOR.claimValue());
	}

}
