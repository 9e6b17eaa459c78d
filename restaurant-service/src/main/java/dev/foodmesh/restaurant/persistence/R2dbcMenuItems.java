package dev.foodmesh.restaurant.persistence;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import dev.foodmesh.restaurant.application.MenuItems;
import dev.foodmesh.restaurant.domain.MenuItem;
import dev.foodmesh.restaurant.domain.MenuItemId;
import dev.foodmesh.restaurant.domain.RestaurantId;

import org.springframework.data.r2dbc.core.R2dbcEntityOperations;
import org.springframework.stereotype.Repository;

@Repository
class R2dbcMenuItems implements MenuItems {

	private final MenuItemRowRepository rows;

	private final R2dbcEntityOperations database;

	R2dbcMenuItems(MenuItemRowRepository rows, R2dbcEntityOperations database) {
		this.rows = rows;
		this.database = database;
	}

	@Override
	public Flux<MenuItem> onMenuOf(RestaurantId restaurantId) {
		return rows.findByRestaurantIdOrderByNameAscIdAsc(restaurantId.value()).map(MenuItemRow::toDomain);
	}

	@Override
	public Mono<MenuItem> find(RestaurantId restaurantId, MenuItemId id) {
		return rows.findByRestaurantIdAndId(restaurantId.value(), id.value()).map(MenuItemRow::toDomain);
	}

	@Override
	public Mono<Void> add(MenuItem item) {
		// insert, not save: the id is assigned here, which save() would take for an
		// update
		return database.insert(MenuItemRow.of(item)).then();
	}

	@Override
	public Mono<MenuItem> change(RestaurantId restaurantId, MenuItemId id, @Nullable Long priceAmount,
			@Nullable Boolean available) {
		return rows.change(restaurantId.value(), id.value(), priceAmount, available).map(MenuItemRow::toDomain);
	}

}
