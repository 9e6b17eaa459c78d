package dev.foodmesh.order.api;

import java.time.Duration;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Parameter;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.foodmesh.order.application.OrderQueries;
import dev.foodmesh.order.application.WatchOrder;
import dev.foodmesh.order.domain.OrderId;
import dev.foodmesh.order.domain.OrderStatus;
import dev.foodmesh.order.domain.UserId;
import dev.foodmesh.web.paging.PageQuery;
import dev.foodmesh.web.paging.PageView;
import dev.foodmesh.web.security.Caller;

/** Reading orders: one, a page of them, and the live status stream of one. */
@RestController
@RequestMapping(path = "/orders")
class OrderQueryController {

	private final OrderAccess access;

	private final OrderQueries queries;

	private final WatchOrder watchOrder;

	private final Duration keepAlive;

	OrderQueryController(OrderAccess access, OrderQueries queries, WatchOrder watchOrder,
			@Value("${foodmesh.order.status-stream.keep-alive:15s}") Duration keepAlive) {
		this.access = access;
		this.queries = queries;
		this.watchOrder = watchOrder;
		this.keepAlive = keepAlive;
	}

	@GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<OrderView> get(@PathVariable UUID id, @Parameter(hidden = true) Caller caller) {
		return this.access.readableBy(caller, new OrderId(id)).map(OrderView::of);
	}

	/**
	 * Newest first. No page reaches beyond the 10,000th order
	 * ({@link PageQuery#MAX_WINDOW}); {@code totalItems} is exact up to 10,000
	 * ({@link OrderQueries#MAX_COUNTED}) and says 10,000 for any more. A customer sees
	 * only their own orders (without {@code userId} too); an operator sees everyone's.
	 */
	@GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<PageView<OrderView>> list(@RequestParam(required = false) @Nullable UUID userId,
			@RequestParam(required = false) @Nullable OrderStatus status, PageQuery page,
			@Parameter(hidden = true) Caller caller) {
		UUID owner = OrderAccess.listable(caller, userId);
		OrderQueries.Criteria criteria = new OrderQueries.Criteria((owner != null) ? new UserId(owner) : null, status,
				page.page(), page.size());
		return this.queries.search(criteria)
			.map((found) -> PageView.of(found.items(), page, found.totalItems()).map(OrderView::of));
	}

	/**
	 * Server-Sent Events: {@code status} events (the current status first, then every
	 * change) and keep-alive comments; the stream completes after {@code DELIVERED} or
	 * {@code CANCELLED}.
	 */
	@GetMapping(path = "/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	Flux<ServerSentEvent<StatusEventView>> events(@PathVariable UUID id, @Parameter(hidden = true) Caller caller) {
		OrderId orderId = new OrderId(id);
		Flux<ServerSentEvent<StatusEventView>> updates = this.access.readableBy(caller, orderId)
			.thenMany(Flux.defer(() -> this.watchOrder.watch(orderId)))
			.map(StatusEventView::of)
			.map(OrderQueryController::statusEvent)
			.onErrorMap(OrderProblems::translate);
		return Flux.merge(updates, keepAlives()).takeUntil(OrderQueryController::isLast);
	}

	private Flux<ServerSentEvent<StatusEventView>> keepAlives() {
		return Flux.interval(this.keepAlive)
			.map((tick) -> ServerSentEvent.<StatusEventView>builder().comment("keep-alive").build());
	}

	private static ServerSentEvent<StatusEventView> statusEvent(StatusEventView view) {
		return ServerSentEvent.builder(view).event("status").build();
	}

	private static boolean isLast(ServerSentEvent<StatusEventView> event) {
		StatusEventView data = event.data();
		return data != null && data.terminal();
	}

}
