package dev.foodmesh.user.account;

/**
 * Only ACTIVE users may place orders; order-service reads this through {@code GET
 * /users/{id}}.
 */
enum UserStatus {

	ACTIVE, SUSPENDED

}
