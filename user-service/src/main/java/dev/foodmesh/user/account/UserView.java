package dev.foodmesh.user.account;

import java.time.Instant;
import java.util.UUID;

/** A user as the API shows it. */
record UserView(UUID id, String name, String email, UserStatus status, Instant createdAt) {

	static UserView of(UserRow row) {
		return new UserView(row.id(), row.name(), row.email(), row.status(), row.createdAt());
	}

}
