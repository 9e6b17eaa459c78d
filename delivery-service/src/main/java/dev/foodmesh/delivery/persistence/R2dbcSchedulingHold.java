package dev.foodmesh.delivery.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import dev.foodmesh.delivery.application.ScheduleDeliveryCommand;
import dev.foodmesh.delivery.application.SchedulingHold;
import dev.foodmesh.delivery.domain.Courier;
import dev.foodmesh.delivery.domain.OrderId;

@Repository
class R2dbcSchedulingHold implements SchedulingHold {

	private static final String ORDERS = """
			select o.order_id,
			  exists (select 1 from deliveries d where d.order_id = o.order_id) as has_delivery,
			  exists (select 1 from cancelled_orders c where c.order_id = o.order_id) as cancelled
			from unnest(:orderIds::uuid[]) as o(order_id)""";

	// Per city, the couriers R2dbcCouriers.lockAvailableIn would lock for one order, as
	// many as the city's orders: longest idle first, skipping those another transaction
	// holds (so it never waits for a lock, nor deadlocks), cities in a fixed order.
	private static final String COURIERS = """
			select c.* from unnest(:cities::text[], :wanted::int[]) with ordinality as w(city, wanted, n)
			cross join lateral (select * from couriers where city = w.city and status = 'AVAILABLE'
			  order by status_since, id limit w.wanted for update skip locked) c
			order by w.n, c.status_since, c.id""";

	private final DatabaseClient database;

	private final ScheduleWrites writes;

	R2dbcSchedulingHold(DatabaseClient database, ScheduleWrites writes) {
		this.database = database;
		this.writes = writes;
	}

	@Override
	public Mono<Void> hold(Collection<ScheduleDeliveryCommand> commands) {
		Map<OrderId, String> cities = commands.stream()
			.collect(Collectors.toMap(ScheduleDeliveryCommand::orderId, ScheduleDeliveryCommand::city,
					(first, again) -> first));
		return HeldScheduling.begin(writes)
			.flatMap(held -> readOrders(held, cities.keySet())
				.flatMap(toSchedule -> lockCouriers(held, wantedPerCity(cities, toSchedule))));
	}

	// holds each order; emits those that neither have a delivery nor were cancelled
	private Mono<Set<OrderId>> readOrders(HeldScheduling held, Set<OrderId> orderIds) {
		return database.sql(ORDERS)
			.bind("orderIds", orderIds.stream().map(OrderId::value).toArray(UUID[]::new))
			.map(row -> new HeldOrder(new OrderId(row.get("order_id", UUID.class)),
					row.get("has_delivery", Boolean.class), row.get("cancelled", Boolean.class)))
			.all()
			.doOnNext(order -> held.holdOrder(order.orderId(), order.hasDelivery(), order.cancelled()))
			.filter(order -> !order.hasDelivery() && !order.cancelled())
			.map(HeldOrder::orderId)
			.collect(Collectors.toSet());
	}

	private static Map<String, Integer> wantedPerCity(Map<OrderId, String> cities, Set<OrderId> toSchedule) {
		return toSchedule.stream().collect(Collectors.toMap(cities::get, orderId -> 1, Integer::sum, TreeMap::new));
	}

	private Mono<Void> lockCouriers(HeldScheduling held, Map<String, Integer> wanted) {
		if (wanted.isEmpty()) {
			return Mono.empty();
		}
		return database.sql(COURIERS)
			.bind("cities", wanted.keySet().toArray(String[]::new))
			.bind("wanted", wanted.values().toArray(Integer[]::new))
			.map(CourierRow::read)
			.all()
			.collect(Collectors.groupingBy(Courier::city))
			.doOnNext(locked -> wanted.keySet()
				.forEach(city -> held.holdCouriers(city, locked.getOrDefault(city, List.of()))))
			.then();
	}

	private record HeldOrder(OrderId orderId, boolean hasDelivery, boolean cancelled) {
	}

}
