package dev.foodmesh.restaurant.application;

import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import dev.foodmesh.restaurant.domain.MenuItem;
import dev.foodmesh.restaurant.domain.MenuItemId;
import dev.foodmesh.restaurant.domain.Money;
import dev.foodmesh.restaurant.domain.RestaurantId;

/** A {@link MenuItems} port in a map, for use-case tests without a database. */
final class InMemoryMenuItems implements MenuItems {

	private final Map<MenuItemId, MenuItem> byId = new ConcurrentHashMap<>();

	@Override
	public Flux<MenuItem> onMenuOf(RestaurantId restaurantId) {
		return Flux.fromStream(byId.values()
			.stream()
			.filter(item -> item.restaurantId().equals(restaurantId))
			.sorted(Comparator.comparing(MenuItem::name)));
	}

	@Override
	public Mono<MenuItem> find(RestaurantId restaurantId, MenuItemId id) {
		return Mono.justOrEmpty(byId.get(id)).filter(item -> item.restaurantId().equals(restaurantId));
	}

	@Override
	public Mono<Void> add(MenuItem item) {
		return Mono.fromRunnable(() -> byId.put(item.id(), item));
	}

	@Override
	public Mono<MenuItem> change(RestaurantId restaurantId, MenuItemId id, @Nullable Long priceAmount,
			@Nullable Boolean available) {
		return find(restaurantId, id).map(item -> {
			Money price = priceAmount == null ? item.price() : new Money(priceAmount, item.price().currency());
			MenuItem changed = new MenuItem(id, restaurantId, item.name(), item.description(), price,
					available == null ? item.available() : available);
			byId.put(id, changed);
			return changed;
		});
	}

}
