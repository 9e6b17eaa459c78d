package dev.foodmesh.restaurant.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import dev.foodmesh.restaurant.application.RestaurantMenus;
import dev.foodmesh.restaurant.domain.Menu;
import dev.foodmesh.restaurant.domain.MenuItem;
import dev.foodmesh.restaurant.domain.MenuItemId;
import dev.foodmesh.restaurant.domain.Restaurant;
import dev.foodmesh.restaurant.domain.RestaurantId;

/**
 * {@link RestaurantMenus} with one statement: the restaurant's row joined to the asked
 * items of its menu, one row per item found (a single row with no item when none is).
 */
@Repository
class R2dbcRestaurantMenus implements RestaurantMenus {

	private static final String FIND = """
			select r.id, r.name, r.city, r.open, r.currency, m.id as item_id, m.name as item_name, m.description,
			  m.price_amount, m.price_currency, m.available
			from restaurants r
			left join menu_items m on m.restaurant_id = r.id and m.id = any(:itemIds)
			where r.id = :id""";

	private final DatabaseClient database;

	R2dbcRestaurantMenus(DatabaseClient database) {
		this.database = database;
	}

	@Override
	public Mono<RestaurantMenu> find(RestaurantId restaurantId, Collection<MenuItemId> itemIds) {
		return database.sql(FIND)
			.bind("id", restaurantId.value())
			.bind("itemIds", itemIds.stream().map(MenuItemId::value).toArray(UUID[]::new))
			.map(Found::read)
			.all()
			.collectList()
			.filter(rows -> !rows.isEmpty())
			.map(R2dbcRestaurantMenus::menuOf);
	}

	private static RestaurantMenu menuOf(List<Found> rows) {
		return new RestaurantMenu(rows.getFirst().restaurant(),
				Menu.of(rows.stream().map(Found::item).filter(Objects::nonNull).toList()));
	}

	private record Found(Restaurant restaurant, @Nullable MenuItem item) {

		// every column is NOT NULL; the item's are null only when no item matched
		static Found read(Readable row) {
			RestaurantRow restaurant = new RestaurantRow(row.get("id", UUID.class), row.get("name", String.class),
					row.get("city", String.class), row.get("open", Boolean.class), row.get("currency", String.class));
			UUID itemId = row.get("item_id", UUID.class);
			MenuItem item = (itemId == null) ? null
					: new MenuItemRow(itemId, restaurant.id(), row.get("item_name", String.class),
							row.get("description", String.class), row.get("price_amount", Long.class),
							row.get("price_currency", String.class), row.get("available", Boolean.class))
						.toDomain();
			return new Found(restaurant.toDomain(), item);
		}

	}

}
