package dev.foodmesh.web.security;

import java.util.Set;

/**
 * The authenticated caller of a request: the token's subject and roles. A controller
 * takes it as a parameter and checks ownership with it, e.g. that a customer reads only
 * their own orders.
 */
public record Caller(String subject, Set<Role> roles) {

	public Caller {
		roles = Set.copyOf(roles);
	}

	/**
	 * Whether this caller may read what belongs to the customer {@code userId}: that
	 * customer or an operator.
	 */
	public boolean mayRead(String userId) {
		return isCustomer(userId) || has(Role.OPERATOR);
	}

	public boolean has(Role role) {
		return this.roles.contains(role);
	}

	/**
	 * Whether this caller is the customer {@code userId}: a {@code customer} token whose
	 * subject is that id.
	 */
	public boolean isCustomer(String userId) {
		return has(Role.CUSTOMER) && this.subject.equals(userId);
	}

}
