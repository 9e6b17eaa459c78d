package dev.foodmesh.delivery.application;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import reactor.core.publisher.Mono;

import dev.foodmesh.delivery.domain.Dispatcher;
import dev.foodmesh.delivery.domain.EtaPolicy;
import dev.foodmesh.delivery.domain.ReleaseAnswer;

/** The use cases over in-memory ports, as the config wires them. */
class ApplicationFixture {

	static final Instant START = Instant.parse("2026-11-25T12:00:00Z");

	static final Duration COURIER_WAIT = Duration.ofSeconds(30);

	static final Duration PICKUP_DELAY = Duration.ofSeconds(5);

	static final Duration DELIVERY_DELAY = Duration.ofSeconds(10);

	final TestClock clock = new TestClock(START);

	final InMemoryDeliveries deliveries = new InMemoryDeliveries();

	final InMemoryCouriers couriers = new InMemoryCouriers();

	final RecordingOutbox outbox = new RecordingOutbox();

	final InMemoryCancelledOrders cancelledOrders = new InMemoryCancelledOrders();

	private final Transactions transactions = new DirectTransactions();

	private final TransitionRecorder recorder = new TransitionRecorder(deliveries, couriers, outbox, outbox);

	private final CourierDispatch dispatch = new CourierDispatch(couriers,
			new Dispatcher(new EtaPolicy(Duration.ofMinutes(10), Duration.ofMinutes(20)), COURIER_WAIT), recorder);

	// the in-memory stores answer at once: there is nothing to hold for a batch
	final ScheduleDelivery scheduleDelivery = new ScheduleDelivery(deliveries, cancelledOrders, dispatch,
			commands -> Mono.empty(), transactions, clock);

	final AssignWaitingDeliveries assignWaiting = new AssignWaitingDeliveries(deliveries, dispatch, transactions, clock,
			100);

	final OnboardCourier onboard = new OnboardCourier(couriers, clock);

	final MoveDelivery move = new MoveDelivery(deliveries, cancelledOrders, recorder, transactions, clock);

	final List<ReleaseAnswer> answers = new CopyOnWriteArrayList<>();

	final ConfirmRelease confirmRelease = new ConfirmRelease(move,
			answer -> Mono.fromRunnable(() -> answers.add(answer)), transactions, clock);

	final SimulateCouriers simulator = new SimulateCouriers(deliveries, move, transactions, clock,
			new SimulateCouriers.SimulatedCourier(PICKUP_DELAY, DELIVERY_DELAY, 100));

}
