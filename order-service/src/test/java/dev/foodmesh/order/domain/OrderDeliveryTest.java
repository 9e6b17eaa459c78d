package dev.foodmesh.order.domain;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static dev.foodmesh.order.domain.OrderFixtures.ADA;
import static dev.foodmesh.order.domain.OrderFixtures.after;
import static dev.foodmesh.order.domain.OrderFixtures.anOrderIn;
import static dev.foodmesh.order.domain.OrderFixtures.changed;
import static dev.foodmesh.order.domain.OrderFixtures.nextMinute;
import static org.assertj.core.api.Assertions.assertThat;

class OrderDeliveryTest {

	@Test
	void shouldKeepTheCourierAndEtaWhenDeliveryIsScheduled() {
		Order paid = anOrderIn(OrderStatus.PAID);
		CourierAssignment assignment = new CourierAssignment(ADA, paid.updatedAt().plus(Duration.ofMinutes(30)));

		Order scheduled = changed(paid.handle(new OrderCommand.AssignCourier(assignment), nextMinute(paid))).next();

		assertThat(scheduled.status()).isEqualTo(OrderStatus.DELIVERY_SCHEDULED);
		assertThat(scheduled.courierAssignment()).isEqualTo(assignment);
	}

	@Test
	void shouldWalkThroughPickupToDelivery() {
		Order delivered = after(after(anOrderIn(OrderStatus.DELIVERY_SCHEDULED), Trigger.PICKED_UP), Trigger.DELIVERED);

		assertThat(delivered.status()).isEqualTo(OrderStatus.DELIVERED);
		assertThat(delivered.history()).extracting(HistoryEntry::status)
			.containsExactly(OrderStatus.PAYMENT_PENDING, OrderStatus.PAID, OrderStatus.DELIVERY_SCHEDULED,
					OrderStatus.PICKED_UP, OrderStatus.DELIVERED);
		assertThat(delivered.reachedAt(OrderStatus.PAID)).isPresent();
	}

	@Test
	void shouldRejectDeliveryBeforePickup() {
		Order scheduled = anOrderIn(OrderStatus.DELIVERY_SCHEDULED);

		assertThat(scheduled.handle(new OrderCommand.Signal(Trigger.DELIVERED), nextMinute(scheduled)))
			.isInstanceOf(OrderResult.Rejected.class);
	}

	@Test
	void shouldIgnoreALateCourierAfterCancellation() {
		Order pending = after(anOrderIn(OrderStatus.PAID), Trigger.CUSTOMER_CANCELLED);

		assertThat(after(pending, Trigger.COURIER_ASSIGNED)).isEqualTo(pending);
		assertThat(after(pending, Trigger.PICKED_UP)).isEqualTo(pending);
	}

}
