package dev.foodmesh.delivery.api;

import java.net.URI;
import java.util.Objects;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.foodmesh.delivery.application.CourierQueries;
import dev.foodmesh.delivery.application.OnboardCourier;
import dev.foodmesh.delivery.application.PageRequest;
import dev.foodmesh.delivery.domain.CourierId;
import dev.foodmesh.web.problem.NotFoundException;
import dev.foodmesh.web.paging.PageQuery;
import dev.foodmesh.web.paging.PageView;

/**
 * Couriers, by city and name: who can take work now and since when; and hiring new ones.
 */
@RestController
@RequestMapping(path = "/couriers", produces = MediaType.APPLICATION_JSON_VALUE)
class CourierController {

	private final CourierQueries queries;

	private final OnboardCourier onboardCourier;

	CourierController(CourierQueries queries, OnboardCourier onboardCourier) {
		this.queries = queries;
		this.onboardCourier = onboardCourier;
	}

	@GetMapping
	Mono<PageView<CourierView>> list(@RequestParam(required = false) @Nullable @Size(min = 1, max = 100) String city,
			@ParameterObject PageQuery page) {
		return queries.find(city, new PageRequest(page.page(), page.size()))
			.map(found -> PageView.of(found.items(), page, found.totalItems()).map(CourierView::of));
	}

	@GetMapping("/{id}")
	Mono<CourierView> get(@PathVariable UUID id) {
		return queries.find(new CourierId(id))
			.map(CourierView::of)
			.switchIfEmpty(Mono.error(() -> new NotFoundException("courier-not-found", "No courier " + id)));
	}

	// @ResponseStatus only tells OpenAPI the status; the ResponseEntity sets it.
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Mono<ResponseEntity<CourierView>> onboard(@Valid @RequestBody OnboardCourierRequest request) {
		return onboardCourier.onboard(Objects.requireNonNull(request.name()), Objects.requireNonNull(request.city()))
			.map(CourierView::of)
			.map(view -> ResponseEntity.created(URI.create("/couriers/" + view.id())).body(view));
	}

}
