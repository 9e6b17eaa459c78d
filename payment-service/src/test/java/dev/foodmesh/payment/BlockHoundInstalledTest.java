package dev.foodmesh.payment;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import reactor.blockhound.BlockingOperationError;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

/**
 * Guards the guard: the ITs rely on blockhound-junit-platform having installed BlockHound
 * in every test JVM.
 */
class BlockHoundInstalledTest {

	@Test
	void shouldFailABlockingCallOnANonBlockingThread() {
		Mono<Void> blocking = Mono.<Void>fromRunnable(() -> sleep(Duration.ofMillis(1)))
			.subscribeOn(Schedulers.parallel());

		StepVerifier.create(blocking).verifyError(BlockingOperationError.class);
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
