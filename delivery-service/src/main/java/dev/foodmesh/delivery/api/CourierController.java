package dev.foodmesh.delivery.api;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import reactor.core.publisher.Mono;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.foodmesh.delivery.application.CourierQueries;
import dev.foodmesh.delivery.application.PageRequest;
import dev.foodmesh.web.PageQuery;
import dev.foodmesh.web.PageView;

/** Couriers, by city and name: who can take work now and since when. */
@RestController
@RequestMapping(path = "/couriers", produces = MediaType.APPLICATION_JSON_VALUE)
class CourierController {

	private final CourierQueries queries;

	CourierController(CourierQueries queries) {
		this.queries = queries;
	}

	@GetMapping
	Mono<PageView<CourierView>> list(@RequestParam(required = false) @Nullable @Size(min = 1, max = 100) String city,
			@ParameterObject PageQuery page) {
		return queries.find(city, new PageRequest(page.page(), page.size()))
			.map(found -> PageView.of(found.items(), page, found.totalItems()).map(CourierView::of));
	}

}
