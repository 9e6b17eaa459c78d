package dev.foodmesh.order.domain;

import java.time.Instant;
import java.util.List;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;

import dev.foodmesh.order.domain.OrderResult.Changed;
import dev.foodmesh.order.domain.OrderResult.Rejected;

import static dev.foodmesh.order.domain.OrderFixtures.anOrderIn;
import static dev.foodmesh.order.domain.OrderFixtures.changed;
import static dev.foodmesh.order.domain.OrderFixtures.commandFor;
import static dev.foodmesh.order.domain.OrderFixtures.nextMinute;
import static org.assertj.core.api.Assertions.assertThat;

/** Every (status, trigger) pair: 7 × 14, generated exhaustively. */
class OrderStateMachinePropertyTest {

	@Property(generation = GenerationMode.EXHAUSTIVE, maxDiscardRatio = 20)
	void aMoveReachesItsTargetAndWritesOneHistoryEntry(@ForAll OrderStatus from, @ForAll Trigger trigger) {
		Assume.that(OrderTransitions.of(from, trigger) instanceof Transition.Move);
		Order order = anOrderIn(from);
		Instant now = nextMinute(order);
		OrderStatus target = ((Transition.Move) OrderTransitions.of(from, trigger)).target();

		Order next = changed(order.handle(commandFor(trigger), now)).next();

		assertThat(next.status()).isEqualTo(target);
		assertThat(next.history()).hasSize(order.history().size() + 1);
		assertThat(next.history().getLast()).extracting(HistoryEntry::status, HistoryEntry::at)
			.containsExactly(target, now);
		assertThat(next.updatedAt()).isEqualTo(now);
		assertThat(next.details()).isEqualTo(order.details());
	}

	@Property(generation = GenerationMode.EXHAUSTIVE, maxDiscardRatio = 20)
	void aMoveEmitsTheEventItsTriggerPromises(@ForAll OrderStatus from, @ForAll Trigger trigger) {
		Assume.that(OrderTransitions.of(from, trigger) instanceof Transition.Move);
		Order order = anOrderIn(from);

		Changed changed = changed(order.handle(commandFor(trigger), nextMinute(order)));

		if (trigger.cancels() != null) {
			assertThat(changed.events()).singleElement()
				.isEqualTo(new OrderEvent.Cancelled(changed.next(), changed.next().updatedAt(), trigger.cancels(),
						trigger.requestsRefund(), false));
		}
		else if (trigger == Trigger.PAYMENT_AUTHORIZED) {
			assertThat(changed.events()).singleElement().isInstanceOf(OrderEvent.Paid.class);
		}
		else {
			assertThat(changed.events()).isEmpty();
		}
	}

	@Property(generation = GenerationMode.EXHAUSTIVE)
	void anIgnoredTriggerChangesNothingAndEmitsNothing(@ForAll OrderStatus from, @ForAll Trigger trigger) {
		Assume.that(OrderTransitions.of(from, trigger) instanceof Transition.Ignore);
		Order order = anOrderIn(from);

		OrderResult result = order.handle(commandFor(trigger), nextMinute(order));

		assertThat(result).isEqualTo(new Changed(order, List.of()));
	}

	@Property(generation = GenerationMode.EXHAUSTIVE)
	void anIllegalTriggerIsRejectedAndNamesStatusAndTrigger(@ForAll OrderStatus from, @ForAll Trigger trigger) {
		Assume.that(OrderTransitions.of(from, trigger) instanceof Transition.Refuse);
		Order order = anOrderIn(from);

		OrderResult result = order.handle(commandFor(trigger), nextMinute(order));

		assertThat(result).isEqualTo(new Rejected(new OrderRejection(order.id(), from, trigger)));
	}

	@Property(generation = GenerationMode.EXHAUSTIVE)
	void aTriggerDeliveredTwiceChangesTheOrderOnlyOnce(@ForAll OrderStatus from, @ForAll Trigger trigger) {
		Order order = anOrderIn(from);
		OrderResult first = order.handle(commandFor(trigger), nextMinute(order));
		Assume.that(first instanceof Changed);
		Order once = ((Changed) first).next();

		OrderResult twice = once.handle(commandFor(trigger), nextMinute(once));

		assertThat(twice).isEqualTo(new Changed(once, List.of()));
	}

	@Property(generation = GenerationMode.EXHAUSTIVE)
	void aTerminalOrderNeverLeavesItsStatus(@ForAll OrderStatus from, @ForAll Trigger trigger) {
		Assume.that(from.isTerminal());
		Order order = anOrderIn(from);

		OrderResult result = order.handle(commandFor(trigger), nextMinute(order));

		if (result instanceof Changed changed) {
			assertThat(changed.next().status()).isEqualTo(from);
			assertThat(changed.events()).isEmpty();
		}
	}

	@Property(generation = GenerationMode.EXHAUSTIVE)
	void aCancellationReasonOnceSetIsKept(@ForAll OrderStatus from, @ForAll Trigger trigger) {
		Order order = anOrderIn(from);
		Assume.that(order.cancellationReason() != null);

		OrderResult result = order.handle(commandFor(trigger), nextMinute(order));

		if (result instanceof Changed changed) {
			assertThat(changed.next().cancellationReason()).isEqualTo(order.cancellationReason());
		}
	}

}
