package dev.foodmesh.delivery.api;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;

import io.swagger.v3.oas.annotations.Parameter;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import reactor.core.publisher.Mono;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.foodmesh.delivery.application.Actor;
import dev.foodmesh.delivery.application.DeliveryQueries;
import dev.foodmesh.delivery.application.MoveDelivery;
import dev.foodmesh.delivery.application.NotAssignedToCourierException;
import dev.foodmesh.delivery.application.PageRequest;
import dev.foodmesh.delivery.domain.CourierId;
import dev.foodmesh.delivery.domain.DeliveryId;
import dev.foodmesh.delivery.domain.DeliveryRejection;
import dev.foodmesh.delivery.domain.DeliveryResult;
import dev.foodmesh.delivery.domain.OrderId;
import dev.foodmesh.web.paging.PageQuery;
import dev.foodmesh.web.paging.PageView;
import dev.foodmesh.web.problem.ConflictException;
import dev.foodmesh.web.problem.ForbiddenException;
import dev.foodmesh.web.problem.NotFoundException;
import dev.foodmesh.web.security.Caller;
import dev.foodmesh.web.security.Role;

/**
 * Deliveries: read by the saga's observers, moved on by their couriers. A move answers
 * the delivery as it is afterwards; repeating a move that was made already answers the
 * same, a move the state does not allow is a 409. Whose delivery it is (docs/security.md)
 * the move decides on the row it locks: a courier moves only the delivery assigned to
 * them (the token's subject is their courier id), else 403; an operator any.
 */
@RestController
@RequestMapping(path = "/deliveries", produces = MediaType.APPLICATION_JSON_VALUE)
class DeliveryController {

	private final DeliveryQueries queries;

	private final MoveDelivery moveDelivery;

	DeliveryController(DeliveryQueries queries, MoveDelivery moveDelivery) {
		this.queries = queries;
		this.moveDelivery = moveDelivery;
	}

	@GetMapping
	Mono<PageView<DeliveryView>> list(@RequestParam(required = false) @Nullable UUID orderId,
			@ParameterObject PageQuery page) {
		return queries.find((orderId != null) ? new OrderId(orderId) : null, new PageRequest(page.page(), page.size()))
			.map(found -> PageView.of(found.items(), page, found.totalItems()).map(DeliveryView::of));
	}

	@GetMapping("/{id}")
	Mono<DeliveryView> get(@PathVariable UUID id) {
		return find(new DeliveryId(id));
	}

	@PostMapping("/{id}/pickup")
	Mono<DeliveryView> pickUp(@PathVariable UUID id, @Parameter(hidden = true) Caller caller) {
		return move(new DeliveryId(id), caller, moveDelivery::pickUp);
	}

	@PostMapping("/{id}/complete")
	Mono<DeliveryView> complete(@PathVariable UUID id, @Parameter(hidden = true) Caller caller) {
		return move(new DeliveryId(id), caller, moveDelivery::complete);
	}

	// The move's Mono emits after its transaction committed, so the view read afterwards
	// shows the new state.
	private Mono<DeliveryView> move(DeliveryId id, Caller caller,
			BiFunction<DeliveryId, Actor, Mono<DeliveryResult>> move) {
		return actor(caller).map(actor -> move.apply(id, actor))
			.orElseGet(() -> Mono.error(new ForbiddenException("The caller " + caller.subject() + " is no courier")))
			.onErrorMap(NotAssignedToCourierException.class, refused -> new ForbiddenException(refused.getMessage()))
			.switchIfEmpty(Mono.error(() -> notFound(id)))
			.flatMap(result -> switch (result) {
				case DeliveryResult.Changed changed -> find(id);
				case DeliveryResult.Rejected rejected -> Mono.error(conflict(rejected.reason()));
			});
	}

	// the route rules let only couriers and operators here; a courier whose subject is
	// no courier id has no delivery
	private static Optional<Actor> actor(Caller caller) {
		if (caller.has(Role.OPERATOR)) {
			return Optional.of(Actor.Staff.OPERATOR);
		}
		try {
			return Optional.of(new Actor.Courier(new CourierId(UUID.fromString(caller.subject()))));
		}
		catch (IllegalArgumentException notACourierId) {
			return Optional.empty();
		}
	}

	private Mono<DeliveryView> find(DeliveryId id) {
		return queries.find(id).map(DeliveryView::of).switchIfEmpty(Mono.error(() -> notFound(id)));
	}

	private static NotFoundException notFound(DeliveryId id) {
		return new NotFoundException("delivery-not-found", "No delivery " + id);
	}

	private static ConflictException conflict(DeliveryRejection rejection) {
		return new ConflictException("delivery-status-conflict", rejection.message(),
				Map.of("deliveryStatus", rejection.current().name(), "action", rejection.attempted().name()));
	}

}
