package dev.foodmesh.delivery.application;

import java.time.Clock;

import reactor.core.publisher.Mono;

import dev.foodmesh.delivery.domain.OrderId;
import dev.foodmesh.delivery.domain.ReleaseAnswer;

/**
 * The order was cancelled and asks whether its delivery was released before it refunds:
 * releases as {@link MoveDelivery#release} does and answers in the same transaction. The
 * delivery stays locked until then, so a courier's pickup either comes before the answer
 * (refused) or after it (the pickup is refused). Every request is answered, a repeated
 * one too, with the delivery's state at that moment.
 */
public class ConfirmRelease {

	private final MoveDelivery moveDelivery;

	private final ReleaseAnswers answers;

	private final Transactions transactions;

	private final Clock clock;

	public ConfirmRelease(MoveDelivery moveDelivery, ReleaseAnswers answers, Transactions transactions, Clock clock) {
		this.moveDelivery = moveDelivery;
		this.answers = answers;
		this.transactions = transactions;
		this.clock = clock;
	}

	public Mono<ReleaseAnswer> confirm(OrderId orderId) {
		return transactions.required(moveDelivery.release(orderId)
			.map(result -> ReleaseAnswer.to(orderId, result, clock.instant()))
			.switchIfEmpty(Mono.fromSupplier(() -> ReleaseAnswer.nothingToRelease(orderId, clock.instant())))
			.flatMap(answer -> answers.send(answer).thenReturn(answer)));
	}

}
