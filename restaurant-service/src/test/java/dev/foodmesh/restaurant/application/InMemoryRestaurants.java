package dev.foodmesh.restaurant.application;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import dev.foodmesh.restaurant.domain.Restaurant;
import dev.foodmesh.restaurant.domain.RestaurantId;

/** A {@link Restaurants} port in a map, for use-case tests without a database. */
final class InMemoryRestaurants implements Restaurants {

	private final Map<RestaurantId, Restaurant> byId = new ConcurrentHashMap<>();

	@Override
	public Mono<Restaurant> find(RestaurantId id) {
		return Mono.justOrEmpty(byId.get(id));
	}

	@Override
	public Mono<Void> add(Restaurant restaurant) {
		return Mono.fromRunnable(() -> byId.put(restaurant.id(), restaurant));
	}

	@Override
	public Mono<Restaurant> change(RestaurantId id, @Nullable String name, @Nullable Boolean open) {
		return Mono.justOrEmpty(
				byId.computeIfPresent(id, (key, current) -> new Restaurant(id, name == null ? current.name() : name,
						current.city(), open == null ? current.open() : open, current.currency())));
	}

	@Override
	public Mono<ResultPage<Restaurant>> list(@Nullable String city, int page, int size) {
		List<Restaurant> matching = byId.values()
			.stream()
			.filter(restaurant -> city == null || restaurant.city().equalsIgnoreCase(city))
			.sorted(Comparator.comparing(Restaurant::name))
			.toList();
		List<Restaurant> items = matching.stream().skip((long) page * size).limit(size).toList();
		return Mono.just(new ResultPage<>(items, matching.size()));
	}

}
