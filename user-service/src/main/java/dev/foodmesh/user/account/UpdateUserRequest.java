package dev.foodmesh.user.account;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Body of {@code PATCH /users/{id}}: the new status, and optionally a new name. */
record UpdateUserRequest(@NotNull UserStatus status,
		@Nullable @Size(min = 1, max = 100) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String name) {

}
