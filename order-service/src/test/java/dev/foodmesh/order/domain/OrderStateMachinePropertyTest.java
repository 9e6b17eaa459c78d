package dev.foodmesh.order.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

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
		Optional<OrderStatus> target = targetOf(OrderTransitions.of(from, trigger));
		Assume.that(target.isPresent());
		Order order = anOrderIn(from);
		Instant now = nextMinute(order);

		Order next = changed(order.handle(commandFor(trigger), now)).next();

		assertThat(next.status()).isEqualTo(target.get());
		assertThat(next.history()).hasSize(order.history().size() + 1);
		assertThat(next.history().getLast()).extracting(HistoryEntry::status, HistoryEntry::at)
			.containsExactly(target.get(), now);
		assertThat(next.updatedAt()).isEqualTo(now);
		assertThat(next.details()).isEqualTo(order.details());
	}

	// R2dbcOrders relies on it: an order whose last step is older than its row was read
	// without the steps of the transaction whose lock it waited for
	@Property(generation = GenerationMode.EXHAUSTIVE, maxDiscardRatio = 20)
	void everyChangeAddsOneStepStampedWithTheInstantOfTheRow(@ForAll OrderStatus from, @ForAll Trigger trigger) {
		Order order = anOrderIn(from);
		Instant now = nextMinute(order);
		OrderResult result = order.handle(commandFor(trigger), now);
		Assume.that(result instanceof Changed changed && !changed.next().equals(order));

		Order next = ((Changed) result).next();

		assertThat(next.history()).hasSize(order.history().size() + 1);
		assertThat(next.history().getLast().at()).isEqualTo(next.updatedAt()).isEqualTo(now);
	}

	@Property(generation = GenerationMode.EXHAUSTIVE, maxDiscardRatio = 20)
	void aMovePublishesExactlyWhatItsRowCarries(@ForAll OrderStatus from, @ForAll Trigger trigger) {
		Transition row = OrderTransitions.of(from, trigger);
		Assume.that(targetOf(row).isPresent());
		Order order = anOrderIn(from);

		Changed changed = changed(order.handle(commandFor(trigger), nextMinute(order)));

		Order next = changed.next();
		List<OrderEvent> promised = switch (row) {
			case Transition.MarkPaid paid -> List.of(new OrderEvent.Paid(next, next.updatedAt()));
			case Transition.Cancel cancel -> List
				.of(new OrderEvent.Cancelled(next, next.updatedAt(), cancel.reason(), cancel.refundRequested(), false));
			case Transition.AskRelease ask ->
				List.of(new OrderEvent.Cancelled(next, next.updatedAt(), ask.reason(), false, true));
			default -> List.of();
		};
		assertThat(changed.events()).isEqualTo(promised);
	}

	// the rows that change the status, and to what
	private static Optional<OrderStatus> targetOf(Transition row) {
		return switch (row) {
			case Transition.Move move -> Optional.of(move.target());
			case Transition.MarkPaid paid -> Optional.of(OrderStatus.PAID);
			case Transition.Cancel cancel -> Optional.of(cancel.target());
			case Transition.AskRelease ask -> Optional.of(OrderStatus.CANCELLATION_PENDING);
			default -> Optional.empty();
		};
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
