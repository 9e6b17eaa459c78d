package dev.foodmesh.messaging.consumer;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;
import reactor.test.publisher.TestPublisher;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SmartBatchesTest {

	// a well-behaved publisher: it fails a test that makes it emit more than was asked
	private final TestPublisher<List<Integer>> chunks = TestPublisher.create();

	@Test
	void shouldHandOnAChunkAtOnceWhenDownstreamWaits() {
		StepVerifier.create(new SmartBatches<>(this.chunks.flux(), 10), 1)
			.then(() -> this.chunks.next(List.of(1, 2)))
			.expectNext(List.of(1, 2))
			.thenCancel()
			.verify();
	}

	@Test
	void shouldJoinTheChunksThatArriveWhileDownstreamIsBusy() {
		StepVerifier.create(new SmartBatches<>(this.chunks.flux(), 10), 1)
			.then(() -> this.chunks.next(List.of(1)))
			.expectNext(List.of(1))
			.then(() -> this.chunks.next(List.of(2, 3), List.of(4)))
			.expectNoEvent(Duration.ofMillis(50))
			.thenRequest(1)
			.expectNext(List.of(2, 3, 4))
			.thenCancel()
			.verify();
	}

	@Test
	void shouldStopAskingForChunksWhileItHoldsTheMaximum() {
		StepVerifier.create(new SmartBatches<>(this.chunks.flux(), 3), 0)
			.then(() -> this.chunks.assertMinRequested(1).next(List.of(1, 2)))
			.then(() -> this.chunks.assertMinRequested(1).next(List.of(3)))
			.then(() -> this.chunks.assertMaxRequested(0))
			.thenRequest(1)
			.expectNext(List.of(1, 2, 3))
			.then(() -> this.chunks.assertMinRequested(1))
			.thenCancel()
			.verify();
	}

	@Test
	void shouldSplitOnlyWhatExceedsTheMaximum() {
		StepVerifier.create(new SmartBatches<>(this.chunks.flux(), 2), 0)
			.then(() -> this.chunks.next(List.of(1, 2, 3)))
			.thenRequest(1)
			.expectNext(List.of(1, 2))
			.thenRequest(1)
			.expectNext(List.of(3))
			.thenCancel()
			.verify();
	}

	@Test
	void shouldHandOnWhatItHoldsBeforeCompleting() {
		StepVerifier.create(new SmartBatches<>(this.chunks.flux(), 10), 0)
			.then(() -> this.chunks.next(List.of(1)).complete())
			.expectNoEvent(Duration.ofMillis(50))
			.thenRequest(1)
			.expectNext(List.of(1))
			.verifyComplete();
	}

	@Test
	void shouldFailAtOnceDroppingWhatItHolds() {
		StepVerifier.create(new SmartBatches<>(this.chunks.flux(), 10), 0)
			.then(() -> this.chunks.next(List.of(1)).error(new IllegalStateException("broker gone")))
			.verifyErrorMessage("broker gone");
	}

	@Test
	void shouldCancelUpstream() {
		StepVerifier.create(new SmartBatches<>(this.chunks.flux(), 10), 1).thenCancel().verify();
		this.chunks.assertCancelled();
	}

	@Test
	void shouldRefuseAMaximumBelowOne() {
		assertThatIllegalArgumentException().isThrownBy(() -> new SmartBatches<>(this.chunks.flux(), 0))
			.withMessageContaining("at least 1");
	}

}
