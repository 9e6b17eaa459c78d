package dev.foodmesh.restaurant.api;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import dev.foodmesh.restaurant.application.ChangeRestaurantCommand;
import dev.foodmesh.restaurant.domain.RestaurantId;

/** Body of {@code PATCH /restaurants/{id}}: absent fields stay as they are. */
record ChangeRestaurantRequest(
		@Nullable @Size(max = 100) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String name,
		@Nullable Boolean open) {

	ChangeRestaurantCommand toCommand(RestaurantId id) {
		return new ChangeRestaurantCommand(id, name == null ? null : name.strip(), open);
	}

}
