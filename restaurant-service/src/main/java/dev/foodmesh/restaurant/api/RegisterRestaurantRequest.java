package dev.foodmesh.restaurant.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import dev.foodmesh.restaurant.application.RegisterRestaurantCommand;

/** Body of {@code POST /restaurants}; {@code open} defaults to true. */
record RegisterRestaurantRequest(@NotBlank @Size(max = 100) String name, @NotBlank @Size(max = 100) String city,
		@NotNull @IsoCurrency String currency, @Nullable Boolean open) {

	RegisterRestaurantCommand toCommand() {
		return new RegisterRestaurantCommand(name.strip(), city.strip(), currency, open == null || open);
	}

}
