package dev.foodmesh.order.api;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import dev.foodmesh.order.application.PlaceOrderCommand;
import dev.foodmesh.order.application.Restaurants;
import dev.foodmesh.order.domain.DeliveryAddress;
import dev.foodmesh.order.domain.MenuItemId;
import dev.foodmesh.order.domain.RestaurantId;
import dev.foodmesh.order.domain.UserId;
import dev.foodmesh.web.validation.DistinctMenuItems;
import dev.foodmesh.web.validation.MenuItemLine;

/**
 * The body of {@code POST /orders}. Components are nullable because clients may leave
 * them out; Bean Validation refuses that before anything else reads them.
 */
record PlaceOrderRequest(@NotNull @Nullable UUID userId, @NotNull @Nullable UUID restaurantId,
		@NotNull @Size(min = 1, max = 50) @DistinctMenuItems @Nullable List<@NotNull @Valid Item> items,
		@NotNull @Valid @Nullable Address deliveryAddress, @NotBlank @Size(max = 64) @Nullable String paymentToken) {

	record Item(@NotNull @Nullable UUID menuItemId,
			@NotNull @Min(1) @Max(50) @Nullable Integer quantity) implements MenuItemLine {

		Restaurants.Item toItem() {
			return new Restaurants.Item(new MenuItemId(Objects.requireNonNull(this.menuItemId)),
					Objects.requireNonNull(this.quantity));
		}

	}

	record Address(@NotBlank @Size(max = 200) @Nullable String street, @NotBlank @Size(max = 100) @Nullable String city,
			@NotBlank @Size(max = 20) @Nullable String postalCode) {

		DeliveryAddress toAddress() {
			return new DeliveryAddress(Objects.requireNonNull(this.street), Objects.requireNonNull(this.city),
					Objects.requireNonNull(this.postalCode));
		}

	}

	/**
	 * The command for a validated request; the hash covers the whole body in canonical
	 * form.
	 */
	PlaceOrderCommand toCommand(String idempotencyKey) {
		return new PlaceOrderCommand(idempotencyKey, RequestHasher.sha256(this),
				new UserId(Objects.requireNonNull(this.userId)),
				new RestaurantId(Objects.requireNonNull(this.restaurantId)),
				Objects.requireNonNull(this.items).stream().map(Item::toItem).toList(),
				Objects.requireNonNull(this.deliveryAddress).toAddress(), Objects.requireNonNull(this.paymentToken));
	}

}
