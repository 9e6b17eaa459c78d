package dev.foodmesh.order.api;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import reactor.core.publisher.Mono;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.foodmesh.order.application.CancelOrder;
import dev.foodmesh.order.application.PlaceOrder;
import dev.foodmesh.order.application.PlacementResult;
import dev.foodmesh.order.domain.OrderId;
import dev.foodmesh.web.problem.ForbiddenException;
import dev.foodmesh.web.security.Caller;

/**
 * Placing and cancelling orders.
 * <p>
 * A replay of {@code POST /orders} (same {@code Idempotency-Key}, same body) answers
 * exactly what the first request answered — {@code 201}, the same {@code Location} and
 * the same body, i.e. the order as it was placed — plus
 * {@code Idempotent-Replayed: true}; {@code GET /orders/{id}} shows where it stands now.
 * The use case answers the order as placed in both cases; this is the one place that
 * renders it.
 */
@RestController
@RequestMapping("/orders")
class OrderController {

	static final String IDEMPOTENCY_KEY = "Idempotency-Key";

	static final String REPLAYED = "Idempotent-Replayed";

	private final PlaceOrder placeOrder;

	private final CancelOrder cancelOrder;

	private final OrderAccess access;

	private final PlacementAdmission admission;

	OrderController(PlaceOrder placeOrder, CancelOrder cancelOrder, OrderAccess access, PlacementAdmission admission) {
		this.placeOrder = placeOrder;
		this.cancelOrder = cancelOrder;
		this.access = access;
		this.admission = admission;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<ResponseEntity<OrderView>> place(@RequestHeader(IDEMPOTENCY_KEY) @Size(min = 1, max = 100) String key,
			@Valid @RequestBody PlaceOrderRequest request, @Parameter(hidden = true) Caller caller) {
		if (!caller.isCustomer(String.valueOf(request.userId()))) {
			return Mono.error(() -> new ForbiddenException("userId must be the subject of the customer token"));
		}
		return this.admission.admit(Mono.defer(() -> this.placeOrder.place(request.toCommand(key))))
			.map(OrderController::respond)
			.onErrorMap(OrderProblems::translate);
	}

	/**
	 * An unpaid order is cancelled at once; a paid one answers
	 * {@code CANCELLATION_PENDING} until its refund arrives. Picked up or later: 409.
	 * Cancelling a cancelled order answers it unchanged. Only the customer who placed it
	 * may cancel it.
	 */
	@PostMapping(path = "/{id}/cancel", produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<OrderView> cancel(@PathVariable UUID id, @Parameter(hidden = true) Caller caller) {
		OrderId orderId = new OrderId(id);
		return this.access.ownedBy(caller, orderId)
			.then(Mono.defer(() -> this.cancelOrder.cancel(orderId)))
			.map(OrderProblems::applied)
			.map(OrderView::of);
	}

	private static ResponseEntity<OrderView> respond(PlacementResult result) {
		return switch (result) {
			case PlacementResult.Placed placed -> ResponseEntity.created(URI.create("/orders/" + placed.order().id()))
				.contentType(MediaType.APPLICATION_JSON)
				.header(REPLAYED, String.valueOf(placed.replayed()))
				.body(OrderView.of(placed.order()));
			case PlacementResult.Refused refused -> throw OrderProblems.refused(refused.rejection());
			case PlacementResult.KeyReused reused -> throw OrderProblems.keyReused(reused.idempotencyKey());
		};
	}

}
