package dev.foodmesh.restaurant.api;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import reactor.core.publisher.Mono;

import dev.foodmesh.restaurant.application.ChangeRestaurant;
import dev.foodmesh.restaurant.application.RegisterRestaurant;
import dev.foodmesh.restaurant.application.RestaurantQueries;
import dev.foodmesh.restaurant.domain.RestaurantId;
import dev.foodmesh.web.paging.PageQuery;
import dev.foodmesh.web.paging.PageView;

import org.springframework.http.ResponseEntity;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/restaurants")
class RestaurantController {

	private final RestaurantQueries queries;

	private final RegisterRestaurant registerRestaurant;

	private final ChangeRestaurant changeRestaurant;

	RestaurantController(RestaurantQueries queries, RegisterRestaurant registerRestaurant,
			ChangeRestaurant changeRestaurant) {
		this.queries = queries;
		this.registerRestaurant = registerRestaurant;
		this.changeRestaurant = changeRestaurant;
	}

	/**
	 * Restaurants by name; {@code city} filters ignoring case, and an empty one means all
	 * cities.
	 */
	@GetMapping
	Mono<PageView<RestaurantView>> list(@RequestParam(required = false) @Size(max = 100) @Nullable String city,
			@ParameterObject PageQuery page) {
		String filter = StringUtils.hasText(city) ? city.strip() : null;
		return queries.restaurants(filter, page.page(), page.size())
			.map(result -> PageView.of(result.map(RestaurantView::of).items(), page, result.totalItems()));
	}

	@GetMapping("/{id}")
	Mono<RestaurantView> find(@PathVariable UUID id) {
		RestaurantId restaurantId = new RestaurantId(id);
		return queries.restaurant(restaurantId)
			.map(RestaurantView::of)
			.switchIfEmpty(Mono.error(() -> Outcomes.restaurantNotFound(restaurantId)));
	}

	@PostMapping
	Mono<ResponseEntity<RestaurantView>> register(@Valid @RequestBody RegisterRestaurantRequest request) {
		return registerRestaurant.register(request.toCommand())
			.map(RestaurantView::of)
			.map(view -> ResponseEntity.created(URI.create("/restaurants/" + view.id())).body(view));
	}

	@PatchMapping("/{id}")
	Mono<RestaurantView> change(@PathVariable UUID id, @Valid @RequestBody ChangeRestaurantRequest request) {
		RestaurantId restaurantId = new RestaurantId(id);
		return changeRestaurant.change(request.toCommand(restaurantId))
			.map(RestaurantView::of)
			.switchIfEmpty(Mono.error(() -> Outcomes.restaurantNotFound(restaurantId)));
	}

}
