package dev.foodmesh.messaging.consumer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;
import org.reactivestreams.Subscription;
import reactor.core.CoreSubscriber;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxOperator;
import reactor.core.publisher.Operators;
import reactor.util.context.Context;

/**
 * Smart batching without a timer: the chunks that arrive while downstream is busy are
 * handed on together, as one list, when downstream asks for the next; a chunk that
 * arrives while downstream waits goes on at once. Chunks are joined, never split, unless
 * they hold more than {@code max} elements together (the rest then waits for the next
 * request). Upstream is asked for one chunk at a time while fewer than {@code max}
 * elements are held, so that a busy downstream lets its source pause instead of piling
 * up: at most {@code max} elements plus one chunk wait here. Completion waits until what
 * is held has been handed on; a failure goes on at once and drops it (the consumer's
 * unacknowledged records are fetched again).
 *
 * <p>
 * The consumer's lanes get one chunk per partition and Kafka poll: the records fetched
 * together stay together however the threads are scheduled, and under load a batch grows
 * to whatever arrived while the previous one was applied.
 *
 * @param <T> the elements
 */
final class SmartBatches<T> extends FluxOperator<List<T>, List<T>> {

	private final int max;

	SmartBatches(Flux<List<T>> chunks, int max) {
		super(chunks);
		if (max < 1) {
			throw new IllegalArgumentException("max must be at least 1, not " + max);
		}
		this.max = max;
	}

	@Override
	public void subscribe(CoreSubscriber<? super List<T>> actual) {
		this.source.subscribe(new Joiner<>(actual, this.max));
	}

	/**
	 * Chunks arrive on upstream's thread and requests on downstream's; one drain loop at
	 * a time (the {@code wip} counter) moves the arrived chunks into {@code held}, hands
	 * batches on and asks for more, so only the loop touches {@code held} and
	 * {@code asked}.
	 */
	private static final class Joiner<T> implements CoreSubscriber<List<T>>, Subscription {

		private final CoreSubscriber<? super List<T>> actual;

		private final int max;

		private final Queue<List<T>> arrived = new ConcurrentLinkedQueue<>();

		private final ArrayDeque<T> held = new ArrayDeque<>();

		private final AtomicInteger wip = new AtomicInteger();

		private final AtomicLong requested = new AtomicLong();

		private @Nullable Subscription upstream;

		private boolean asked;

		private volatile boolean done;

		private volatile @Nullable Throwable failure;

		private volatile boolean cancelled;

		Joiner(CoreSubscriber<? super List<T>> actual, int max) {
			this.actual = actual;
			this.max = max;
		}

		@Override
		public Context currentContext() {
			return this.actual.currentContext();
		}

		@Override
		public void onSubscribe(Subscription subscription) {
			if (Operators.validate(this.upstream, subscription)) {
				this.upstream = subscription;
				this.actual.onSubscribe(this);
				drain();
			}
		}

		@Override
		public void onNext(List<T> chunk) {
			this.arrived.offer(chunk);
			drain();
		}

		@Override
		public void onError(Throwable failure) {
			this.failure = failure;
			this.done = true;
			drain();
		}

		@Override
		public void onComplete() {
			this.done = true;
			drain();
		}

		@Override
		public void request(long n) {
			if (Operators.validate(n)) {
				this.requested.getAndUpdate((current) -> Operators.addCap(current, n));
				drain();
			}
		}

		@Override
		public void cancel() {
			this.cancelled = true;
			Subscription subscription = this.upstream;
			if (subscription != null) {
				subscription.cancel();
			}
			drain();
		}

		private void drain() {
			if (this.wip.getAndIncrement() != 0) {
				return;
			}
			int missed = 1;
			do {
				if (!step()) {
					this.arrived.clear();
					this.held.clear();
					return;
				}
				missed = this.wip.addAndGet(-missed);
			}
			while (missed != 0);
		}

		// false once nothing more will go downstream (cancelled or terminated)
		private boolean step() {
			while (!this.cancelled) {
				for (List<T> chunk = this.arrived.poll(); chunk != null; chunk = this.arrived.poll()) {
					this.held.addAll(chunk);
					this.asked = false;
				}
				Throwable failed = this.failure;
				if (failed != null) {
					this.actual.onError(failed);
					return false;
				}
				if (!this.held.isEmpty() && this.requested.get() > 0) {
					handOn();
				}
				else if (this.done && this.held.isEmpty()) {
					this.actual.onComplete();
					return false;
				}
				else if (this.done || this.asked || this.held.size() >= this.max) {
					return true;
				}
				else {
					this.asked = true;
					requireUpstream().request(1);
				}
			}
			return false;
		}

		private void handOn() {
			List<T> batch = new ArrayList<>(Math.min(this.held.size(), this.max));
			while (batch.size() < this.max && !this.held.isEmpty()) {
				batch.add(this.held.removeFirst());
			}
			if (this.requested.get() != Long.MAX_VALUE) {
				this.requested.decrementAndGet();
			}
			this.actual.onNext(batch);
		}

		private Subscription requireUpstream() {
			Subscription subscription = this.upstream;
			if (subscription == null) {
				throw new IllegalStateException("requested before subscribed");
			}
			return subscription;
		}

	}

}
