package dev.foodmesh.restaurant.persistence;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.r2dbc.repository.Query;
import org.springframework.data.repository.reactive.ReactiveCrudRepository;

interface MenuItemRowRepository extends ReactiveCrudRepository<MenuItemRow, UUID> {

	Flux<MenuItemRow> findByRestaurantIdOrderByNameAscIdAsc(UUID restaurantId);

	Mono<MenuItemRow> findByRestaurantIdAndId(UUID restaurantId, UUID id);

	@Query("""
			UPDATE menu_items
			SET price_amount = COALESCE(:priceAmount, price_amount), available = COALESCE(:available, available)
			WHERE restaurant_id = :restaurantId AND id = :id
			RETURNING *""")
	Mono<MenuItemRow> change(UUID restaurantId, UUID id, @Nullable Long priceAmount, @Nullable Boolean available);

}
