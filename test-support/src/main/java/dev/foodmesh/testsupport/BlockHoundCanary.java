package dev.foodmesh.testsupport;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import reactor.blockhound.BlockingOperationError;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

/**
 * Guards the guard: the integration tests count on blockhound-junit-platform (which this
 * module brings) having installed BlockHound in the test JVM, so that a blocking call on
 * an event loop fails the test instead of passing unseen. One test class per service
 * implements this; it fails when BlockHound is not installed.
 */
public interface BlockHoundCanary {

	@Test
	default void shouldFailABlockingCallOnANonBlockingThread() {
		Mono<Void> blocking = Mono.<Void>fromRunnable(BlockHoundCanary::sleepBriefly)
			.subscribeOn(Schedulers.parallel());

		StepVerifier.create(blocking).verifyError(BlockingOperationError.class);
	}

	private static void sleepBriefly() {
		try {
			Thread.sleep(Duration.ofMillis(1));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
