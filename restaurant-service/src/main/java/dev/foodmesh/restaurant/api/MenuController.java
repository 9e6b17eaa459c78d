package dev.foodmesh.restaurant.api;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;
import reactor.core.publisher.Mono;

import dev.foodmesh.restaurant.application.AddMenuItem;
import dev.foodmesh.restaurant.application.ChangeMenuItem;
import dev.foodmesh.restaurant.application.RestaurantQueries;
import dev.foodmesh.restaurant.domain.MenuItemId;
import dev.foodmesh.restaurant.domain.RestaurantId;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/restaurants/{id}/menu")
class MenuController {

	private final RestaurantQueries queries;

	private final AddMenuItem addMenuItem;

	private final ChangeMenuItem changeMenuItem;

	MenuController(RestaurantQueries queries, AddMenuItem addMenuItem, ChangeMenuItem changeMenuItem) {
		this.queries = queries;
		this.addMenuItem = addMenuItem;
		this.changeMenuItem = changeMenuItem;
	}

	@GetMapping
	Mono<MenuView> menu(@PathVariable UUID id) {
		RestaurantId restaurantId = new RestaurantId(id);
		return queries.menu(restaurantId)
			.map(items -> MenuView.of(restaurantId, items))
			.switchIfEmpty(Mono.error(() -> Outcomes.restaurantNotFound(restaurantId)));
	}

	@GetMapping("/{itemId}")
	Mono<MenuItemView> item(@PathVariable UUID id, @PathVariable UUID itemId) {
		RestaurantId restaurantId = new RestaurantId(id);
		MenuItemId menuItemId = new MenuItemId(itemId);
		return queries.menuItem(restaurantId, menuItemId)
			.map(MenuItemView::of)
			.switchIfEmpty(Mono.error(() -> Outcomes.menuItemNotFound(restaurantId, menuItemId)));
	}

	@PostMapping
	Mono<ResponseEntity<MenuItemView>> add(@PathVariable UUID id, @Valid @RequestBody AddMenuItemRequest request) {
		RestaurantId restaurantId = new RestaurantId(id);
		return addMenuItem.add(request.toCommand(restaurantId))
			.switchIfEmpty(Mono.error(() -> Outcomes.restaurantNotFound(restaurantId)))
			.flatMap(Outcomes::menuItem)
			.map(MenuItemView::of)
			.map(view -> ResponseEntity.created(URI.create("/restaurants/" + id + "/menu/" + view.id())).body(view));
	}

	/** 404 names the restaurant or the item, whichever is unknown. */
	@PatchMapping("/{itemId}")
	Mono<MenuItemView> change(@PathVariable UUID id, @PathVariable UUID itemId,
			@Valid @RequestBody ChangeMenuItemRequest request) {
		RestaurantId restaurantId = new RestaurantId(id);
		MenuItemId menuItemId = new MenuItemId(itemId);
		return changeMenuItem.change(request.toCommand(restaurantId, menuItemId))
			.switchIfEmpty(Mono.error(() -> Outcomes.menuItemNotFound(restaurantId, menuItemId)))
			.flatMap(Outcomes::menuItem)
			.map(MenuItemView::of);
	}

}
