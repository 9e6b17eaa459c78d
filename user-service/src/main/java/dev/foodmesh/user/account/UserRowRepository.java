package dev.foodmesh.user.account;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Pageable;
import org.springframework.data.r2dbc.repository.Modifying;
import org.springframework.data.r2dbc.repository.Query;
import org.springframework.data.repository.reactive.ReactiveCrudRepository;

interface UserRowRepository extends ReactiveCrudRepository<UserRow, UUID> {

	Flux<UserRow> findAllBy(Pageable pageable);

	/**
	 * One statement, so concurrent patches cannot lose each other's fields; 0 when the
	 * user does not exist.
	 */
	@Modifying
	@Query("UPDATE users SET status = :status, name = COALESCE(:name, name) WHERE id = :id")
	Mono<Long> updateStatusAndName(UUID id, String status, @Nullable String name);

}
