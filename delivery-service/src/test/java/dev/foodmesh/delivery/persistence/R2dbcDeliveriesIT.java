package dev.foodmesh.delivery.persistence;

import static dev.foodmesh.delivery.persistence.CourierRoster.aCity;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.data.r2dbc.test.autoconfigure.DataR2dbcTest;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.ContextConfiguration;

import dev.foodmesh.delivery.application.CourierDispatch;
import dev.foodmesh.delivery.application.DeliveryMetrics;
import dev.foodmesh.delivery.application.DeliveryOutbox;
import dev.foodmesh.delivery.application.PageRequest;
import dev.foodmesh.delivery.application.ScheduleDelivery;
import dev.foodmesh.delivery.application.ScheduleDeliveryCommand;
import dev.foodmesh.delivery.application.TransitionRecorder;
import dev.foodmesh.delivery.domain.CourierId;
import dev.foodmesh.delivery.domain.Delivery;
import dev.foodmesh.delivery.domain.DeliveryId;
import dev.foodmesh.delivery.domain.DeliveryRequest;
import dev.foodmesh.delivery.domain.DeliveryResult;
import dev.foodmesh.delivery.domain.Dispatcher;
import dev.foodmesh.delivery.domain.EtaPolicy;
import dev.foodmesh.delivery.domain.FailureReason;
import dev.foodmesh.delivery.domain.OrderId;
import dev.foodmesh.infra.TestInfrastructure;

/**
 * The delivery and courier adapters on real Postgres 18 with the service's migrations, in
 * a database of their own.
 */
@DataR2dbcTest
@ImportAutoConfiguration(FlywayAutoConfiguration.class)
@Import({ R2dbcDeliveries.class, R2dbcCouriers.class, R2dbcDeliveryQueries.class, R2dbcCourierQueries.class,
		R2dbcTransactions.class, R2dbcCancelledOrders.class, R2dbcSchedulingHold.class, ScheduleWrites.class,
		MoveWrites.class, R2dbcOrderTraces.class })
@ContextConfiguration(initializers = R2dbcDeliveriesIT.OwnDatabase.class)
class R2dbcDeliveriesIT {

	// Postgres keeps microseconds
	private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MICROS);

	@Autowired
	private R2dbcDeliveries deliveries;

	@Autowired
	private R2dbcCouriers couriers;

	@Autowired
	private R2dbcDeliveryQueries queries;

	@Autowired
	private R2dbcTransactions transactions;

	@Autowired
	private R2dbcCancelledOrders cancelledOrders;

	@Autowired
	private R2dbcSchedulingHold schedulingHold;

	@Autowired
	private DatabaseClient database;

	@Test
	void shouldRememberACancelledOrderEvenWhenToldTwice() {
		OrderId cancelled = new OrderId(UUID.randomUUID());
		StepVerifier.create(cancelledOrders.contains(cancelled)).expectNext(false).verifyComplete();

		StepVerifier.create(cancelledOrders.remember(cancelled).then(cancelledOrders.remember(cancelled)))
			.verifyComplete();

		StepVerifier.create(cancelledOrders.contains(cancelled)).expectNext(true).verifyComplete();
		StepVerifier.create(cancelledOrders.contains(new OrderId(UUID.randomUUID())))
			.expectNext(false)
			.verifyComplete();
	}

	@Test
	void shouldStoreEveryStateOfADelivery() {
		String city = aCity();
		CourierId ada = new CourierRoster(database).hire("Ada", city, NOW).block();
		Delivery.Unassigned waiting = new Delivery.Unassigned(aRequest(city));
		List<Delivery> states = List.of(new Delivery.Assigned(waiting.request(), ada, NOW, NOW.plusSeconds(1800)),
				new Delivery.PickedUp(waiting.request(), ada, NOW.plusSeconds(1800), NOW.plusSeconds(60)),
				new Delivery.Completed(waiting.request(), ada, NOW.plusSeconds(60), NOW.plusSeconds(120)),
				new Delivery.Failed(waiting.request(), FailureReason.NO_COURIER, NOW),
				new Delivery.Released(waiting.request(), NOW));
		StepVerifier.create(deliveries.add(waiting, Optional.empty())).expectNext(true).verifyComplete();
		StepVerifier.create(deliveries.lock(waiting.id())).expectNext(waiting).verifyComplete();

		for (Delivery state : states) {
			StepVerifier.create(deliveries.update(state).then(deliveries.lockByOrder(state.orderId())))
				.expectNext(state)
				.verifyComplete();
		}
	}

	@Test
	void shouldKeepTheFirstDeliveryOfAnOrder() {
		DeliveryRequest first = aRequest(aCity());
		DeliveryRequest second = new DeliveryRequest(new DeliveryId(UUID.randomUUID()), first.orderId(), first.city(),
				NOW);

		StepVerifier
			.create(deliveries.add(new Delivery.Unassigned(first), Optional.empty())
				.then(deliveries.add(new Delivery.Unassigned(second), Optional.empty())))
			.expectNext(false)
			.verifyComplete();

		StepVerifier.create(deliveries.lockByOrder(first.orderId()).map(Delivery::id))
			.expectNext(first.id())
			.verifyComplete();
	}

	@Test
	void shouldNotOfferACourierThatAnotherTransactionHolds() {
		String city = aCity();
		new CourierRoster(database).hire("Ada", city, NOW).block();
		Mono<Boolean> holder = transactions
			.required(couriers.lockAvailableIn(city, 10).then(Mono.delay(Duration.ofMillis(1500))))
			.thenReturn(true);
		Mono<Long> other = Mono.delay(Duration.ofMillis(300))
			.then(transactions.required(couriers.lockAvailableIn(city, 10).count()));

		StepVerifier.create(Mono.zip(holder, other))
			.assertNext(both -> assertThat(both.getT2()).isZero())
			.verifyComplete();
	}

	@Test
	void shouldGiveEachCourierToOnlyOneOfManyRacingOrders() {
		String city = aCity();
		CourierRoster roster = new CourierRoster(database);
		List<CourierId> hired = Flux.concat(roster.hire("Ada", city, NOW), roster.hire("Grace", city, NOW))
			.collectList()
			.block();
		ScheduleDelivery schedule = scheduleDeliveryOnThisDatabase();

		Flux<DeliveryResult> racing = Flux.range(0, 5)
			.flatMap(order -> schedule.schedule(new ScheduleDeliveryCommand(new OrderId(UUID.randomUUID()), city))
				.subscribeOn(Schedulers.parallel()), 5);

		StepVerifier
			.create(racing.map(DeliveryResult.Changed.class::cast).map(DeliveryResult.Changed::delivery).collectList())
			.assertNext(scheduled -> {
				List<CourierId> assigned = scheduled.stream()
					.flatMap(delivery -> (delivery instanceof Delivery.Assigned a) ? Stream.of(a.courierId())
							: Stream.empty())
					.toList();
				assertThat(assigned).containsExactlyInAnyOrderElementsOf(hired);
				assertThat(scheduled).filteredOn(Delivery.Unassigned.class::isInstance).hasSize(3);
			})
			.verifyComplete();
	}

	@Test
	void shouldLetTheCallerWriteEveryDeliveryOfALockedBatchInTheSameTransaction() {
		// more rows than concatMap asks for ahead (32), as a scan over a backlog gets:
		// each is written before the next is taken, on the transaction's one connection
		int batch = 100;
		String city = aCity();
		Instant longAgo = NOW.minus(Duration.ofDays(1));
		List<Delivery.Unassigned> backlog = Stream
			.generate(() -> new Delivery.Unassigned(new DeliveryRequest(new DeliveryId(UUID.randomUUID()),
					new OrderId(UUID.randomUUID()), city, longAgo)))
			.limit(batch)
			.toList();
		Flux.fromIterable(backlog).concatMap(delivery -> deliveries.add(delivery, Optional.empty())).then().block();

		Flux<DeliveryId> failed = transactions
			.required(deliveries.lockWaiting(batch)
				.concatMap(waiting -> deliveries
					.update(new Delivery.Failed(waiting.request(), FailureReason.NO_COURIER, NOW))
					.thenReturn(waiting.id())));

		StepVerifier.create(failed.collectList())
			.assertNext(ids -> assertThat(ids)
				.containsExactlyInAnyOrderElementsOf(backlog.stream().map(Delivery::id).toList()))
			.expectComplete()
			.verify(Duration.ofSeconds(30));
	}

	@Test
	void shouldOccupyOnlyAnAvailableCourier() {
		CourierId ada = new CourierRoster(database).hire("Ada", aCity(), NOW).block();

		StepVerifier.create(couriers.occupy(ada, NOW).then(couriers.occupy(ada, NOW)))
			.verifyError(IllegalStateException.class);
	}

	@Test
	void shouldRefuseASecondActiveDeliveryForACourier() {
		String city = aCity();
		CourierId ada = new CourierRoster(database).hire("Ada", city, NOW).block();
		Delivery.Unassigned first = new Delivery.Unassigned(aRequest(city));
		Delivery.Unassigned second = new Delivery.Unassigned(aRequest(city));

		StepVerifier
			.create(deliveries.add(first, Optional.empty())
				.then(deliveries.add(second, Optional.empty()))
				.then(deliveries.update(new Delivery.Assigned(first.request(), ada, NOW, NOW)))
				.then(deliveries.update(new Delivery.Assigned(second.request(), ada, NOW, NOW))))
			.verifyError(DataIntegrityViolationException.class);
	}

	@Test
	void shouldShowTheCourierNameAndFindByOrder() {
		String city = aCity();
		CourierId ada = new CourierRoster(database).hire("Ada", city, NOW).block();
		Delivery.Unassigned waiting = new Delivery.Unassigned(aRequest(city));
		StepVerifier
			.create(deliveries.add(waiting, Optional.empty())
				.then(deliveries.update(new Delivery.Assigned(waiting.request(), ada, NOW, NOW))))
			.verifyComplete();

		StepVerifier.create(queries.find(waiting.orderId(), new PageRequest(0, 20))).assertNext(page -> {
			assertThat(page.totalItems()).isOne();
			assertThat(page.items()).singleElement().satisfies(details -> {
				assertThat(details.courierName()).isEqualTo("Ada");
				assertThat(details.delivery()).isInstanceOf(Delivery.Assigned.class);
			});
		}).verifyComplete();
		StepVerifier.create(queries.find(null, new PageRequest(0, 1)))
			.assertNext(page -> assertThat(page.items()).hasSize(1))
			.verifyComplete();
	}

	private ScheduleDelivery scheduleDeliveryOnThisDatabase() {
		DeliveryOutbox noOutbox = events -> Mono.empty();
		DeliveryMetrics noMetrics = events -> Mono.empty();
		TransitionRecorder recorder = new TransitionRecorder(deliveries, couriers, noOutbox, noMetrics);
		Dispatcher dispatcher = new Dispatcher(new EtaPolicy(Duration.ofMinutes(10), Duration.ofMinutes(20)),
				Duration.ofSeconds(30));
		return new ScheduleDelivery(deliveries, cancelledOrders, new CourierDispatch(couriers, dispatcher, recorder),
				schedulingHold, transactions, Clock.systemUTC());
	}

	private static DeliveryRequest aRequest(String city) {
		return new DeliveryRequest(new DeliveryId(UUID.randomUUID()), new OrderId(UUID.randomUUID()), city, NOW);
	}

	static class OwnDatabase extends TestInfrastructure.ForService {

		OwnDatabase() {
			super("delivery-persistence");
		}

	}

}
