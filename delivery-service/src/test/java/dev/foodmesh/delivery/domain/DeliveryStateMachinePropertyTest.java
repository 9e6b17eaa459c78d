package dev.foodmesh.delivery.domain;

import static dev.foodmesh.delivery.domain.DeliveryStatus.ASSIGNED;
import static dev.foodmesh.delivery.domain.DeliveryStatus.COMPLETED;
import static dev.foodmesh.delivery.domain.DeliveryStatus.FAILED;
import static dev.foodmesh.delivery.domain.DeliveryStatus.PICKED_UP;
import static dev.foodmesh.delivery.domain.DeliveryStatus.RELEASED;
import static dev.foodmesh.delivery.domain.DeliveryStatus.UNASSIGNED;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import dev.foodmesh.delivery.domain.DeliveryResult.Changed;
import dev.foodmesh.delivery.domain.DeliveryResult.Rejected;

/**
 * Every action on a delivery in every state: only the table's moves happen, and repeating
 * one changes nothing.
 */
class DeliveryStateMachinePropertyTest {

	private static final Map<DeliveryAction, Set<DeliveryStatus>> TARGETS = Map.of(DeliveryAction.ASSIGN,
			Set.of(ASSIGNED, FAILED), DeliveryAction.PICK_UP, Set.of(PICKED_UP), DeliveryAction.COMPLETE,
			Set.of(COMPLETED), DeliveryAction.RELEASE, Set.of(RELEASED));

	private static final Map<DeliveryStatus, Set<DeliveryStatus>> ALLOWED = Map.of(UNASSIGNED,
			Set.of(ASSIGNED, FAILED, RELEASED), ASSIGNED, Set.of(PICKED_UP, RELEASED), PICKED_UP, Set.of(COMPLETED),
			COMPLETED, Set.of(), FAILED, Set.of(), RELEASED, Set.of());

	private final Dispatcher dispatcher = new Dispatcher(DeliveryFixtures.ETA, Duration.ofSeconds(30));

	@Property
	void shouldMoveOnlyAlongTheTable(@ForAll("deliveries") Delivery delivery, @ForAll DeliveryAction action,
			@ForAll("moments") Instant now, @ForAll("candidates") List<Courier> candidates) {
		DeliveryResult result = apply(action, delivery, candidates, now);

		switch (result) {
			case Changed changed when changed.isNoOp() -> assertThat(changed.delivery()).isSameAs(delivery);
			case Changed changed -> {
				assertThat(ALLOWED.get(delivery.status())).contains(changed.delivery().status());
				assertThat(TARGETS.get(action)).contains(changed.delivery().status());
				assertThat(changed.delivery().request()).isEqualTo(delivery.request());
				assertThat(changed.events()).singleElement().satisfies(event -> {
					assertThat(event.deliveryId()).isEqualTo(delivery.id());
					assertThat(event.occurredAt()).isEqualTo(now);
				});
			}
			case Rejected rejected -> assertThat(rejected.reason())
				.isEqualTo(new DeliveryRejection(delivery.id(), delivery.status(), action));
		}
	}

	@Property
	void shouldChangeNothingWhenAMoveIsRepeated(@ForAll("deliveries") Delivery delivery, @ForAll DeliveryAction action,
			@ForAll("moments") Instant now, @ForAll("candidates") List<Courier> candidates) {
		if (apply(action, delivery, candidates, now) instanceof Changed first && !first.isNoOp()) {
			DeliveryResult again = apply(action, first.delivery(), candidates, now.plusSeconds(1));

			assertThat(again).isEqualTo(new Changed(first.delivery(), List.of()));
		}
	}

	private DeliveryResult apply(DeliveryAction action, Delivery delivery, List<Courier> candidates, Instant now) {
		return switch (action) {
			case ASSIGN -> dispatcher.dispatch(delivery, candidates, now);
			case PICK_UP -> DeliveryLifecycle.pickUp(delivery, now);
			case COMPLETE -> DeliveryLifecycle.complete(delivery, now);
			case RELEASE -> DeliveryLifecycle.release(delivery, now);
		};
	}

	@Provide
	Arbitrary<Delivery> deliveries() {
		return Arbitraries.of(DeliveryFixtures.aWaitingDelivery(), DeliveryFixtures.anAssignedDelivery(),
				DeliveryFixtures.aPickedUpDelivery(), DeliveryFixtures.aCompletedDelivery(),
				DeliveryFixtures.aFailedDelivery(), DeliveryFixtures.aReleasedDelivery());
	}

	@Provide
	Arbitrary<Instant> moments() {
		return Arbitraries.longs().between(0, 120).map(DeliveryFixtures.REQUESTED_AT::plusSeconds);
	}

	@Provide
	Arbitrary<List<Courier>> candidates() {
		return CourierArbitraries.couriers().list().ofMaxSize(4);
	}

}
