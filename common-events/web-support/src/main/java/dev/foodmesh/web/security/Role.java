package dev.foodmesh.web.security;

import java.util.Locale;

/**
 * What a caller is, carried in the token's {@code roles} claim as the lower-case name
 * ({@code "customer"}).
 */
public enum Role {

	/** Places, reads, watches and cancels their own orders. */
	CUSTOMER,

	/** Picks up and completes deliveries. */
	COURIER,

	/**
	 * Reads everything, administers users, restaurants and menus, redrives dead letters.
	 */
	OPERATOR;

	/**
	 * The value in the token's {@code roles} claim, also the name {@code hasRole} checks.
	 */
	public String claimValue() {
		return name().toLowerCase(Locale.ROOT);
	}

}
