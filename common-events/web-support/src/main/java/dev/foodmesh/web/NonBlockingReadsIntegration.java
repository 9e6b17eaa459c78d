package dev.foodmesh.web;

import reactor.blockhound.BlockHound;
import reactor.blockhound.integration.BlockHoundIntegration;

/**
 * Tells BlockHound about the few calls that look blocking but are safe on an event loop,
 * so that it keeps failing tests only for real blocking calls. Registered through
 * {@code META-INF/services}, so it is loaded only where BlockHound is installed (tests)
 * and costs nothing at runtime.
 * <ul>
 * <li>{@code UUID.randomUUID()} reads {@code /dev/urandom}, which never blocks on
 * Linux.</li>
 * <li>Hibernate Validator reads its message bundle once per locale, on the first
 * constraint violation, then caches it.</li>
 * <li>Spring Boot's repository metrics look their meter registry up lazily behind a lock;
 * two repository calls finishing at the same moment right after startup may wait on it
 * for that one lookup.</li>
 * <li>Jackson builds a deserializer once per type under a short lock: two event loops
 * decoding the same type for the first time (order-service's concurrent user and
 * restaurant answers) meet there, once.</li>
 * </ul>
 */
public final class NonBlockingReadsIntegration implements BlockHoundIntegration {

	@Override
	public void applyTo(BlockHound.Builder builder) {
		builder.allowBlockingCallsInside("java.util.UUID", "randomUUID");
		builder.allowBlockingCallsInside("org.hibernate.validator.resourceloading.PlatformResourceBundleLocator",
				"loadBundle");
		builder.allowBlockingCallsInside(
				"org.springframework.boot.data.metrics.MetricsRepositoryMethodInvocationListener", "afterInvocation");
		builder.allowBlockingCallsInside("tools.jackson.databind.deser.DeserializerCache",
				"_createAndCacheValueDeserializer");
	}

}
