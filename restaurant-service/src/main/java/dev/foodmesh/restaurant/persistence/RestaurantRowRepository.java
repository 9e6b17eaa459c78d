package dev.foodmesh.restaurant.persistence;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Pageable;
import org.springframework.data.r2dbc.repository.Query;
import org.springframework.data.repository.reactive.ReactiveCrudRepository;

interface RestaurantRowRepository extends ReactiveCrudRepository<RestaurantRow, UUID> {

	Flux<RestaurantRow> findAllBy(Pageable pageable);

	Flux<RestaurantRow> findByCityIgnoreCase(String city, Pageable pageable);

	Mono<Long> countByCityIgnoreCase(String city);

	@Query("""
			UPDATE restaurants SET name = COALESCE(:name, name), open = COALESCE(:open, open)
			WHERE id = :id
			RETURNING *""")
	Mono<RestaurantRow> change(UUID id, @Nullable String name, @Nullable Boolean open);

}
