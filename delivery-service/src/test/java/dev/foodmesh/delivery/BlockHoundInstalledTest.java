package dev.foodmesh.delivery;

import java.util.concurrent.locks.LockSupport;

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
		Mono<Void> blocking = Mono.<Void>fromRunnable(() -> LockSupport.parkNanos(1_000))
			.subscribeOn(Schedulers.parallel());

		StepVerifier.create(blocking).verifyError(BlockingOperationError.class);
	}

}
