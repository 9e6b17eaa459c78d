package dev.foodmesh.restaurant.persistence;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import dev.foodmesh.restaurant.application.Restaurants;
import dev.foodmesh.restaurant.application.ResultPage;
import dev.foodmesh.restaurant.domain.Restaurant;
import dev.foodmesh.restaurant.domain.RestaurantId;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.r2dbc.core.R2dbcEntityOperations;
import org.springframework.stereotype.Repository;

@Repository
class R2dbcRestaurants implements Restaurants {

	private static final Sort BY_NAME = Sort.by("name", "id");

	private final RestaurantRowRepository rows;

	private final R2dbcEntityOperations database;

	R2dbcRestaurants(RestaurantRowRepository rows, R2dbcEntityOperations database) {
		this.rows = rows;
		this.database = database;
	}

	@Override
	public Mono<Restaurant> find(RestaurantId id) {
		return rows.findById(id.value()).map(RestaurantRow::toDomain);
	}

	@Override
	public Mono<Void> add(Restaurant restaurant) {
		// insert, not save: the id is assigned here, which save() would take for an
		// update
		return database.insert(RestaurantRow.of(restaurant)).then();
	}

	@Override
	public Mono<Restaurant> change(RestaurantId id, @Nullable String name, @Nullable Boolean open) {
		return rows.change(id.value(), name, open).map(RestaurantRow::toDomain);
	}

	@Override
	public Mono<ResultPage<Restaurant>> list(@Nullable String city, int page, int size) {
		PageRequest request = PageRequest.of(page, size, BY_NAME);
		var items = city == null ? rows.findAllBy(request) : rows.findByCityIgnoreCase(city, request);
		var total = city == null ? rows.count() : rows.countByCityIgnoreCase(city);
		return items.map(RestaurantRow::toDomain).collectList().zipWith(total, ResultPage::new);
	}

}
