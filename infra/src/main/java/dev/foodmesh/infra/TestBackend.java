package dev.foodmesh.infra;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Which Postgres and Kafka the integration tests run against:
 * {@code -Dfoodmesh.test.infra=in-jvm} (the default: no Docker needed) or
 * {@code testcontainers} (the official images, for those with a Docker engine).
 */
enum TestBackend {

	IN_JVM("in-jvm"), TESTCONTAINERS("testcontainers");

	static final String PROPERTY = "foodmesh.test.infra";

	private final String value;

	TestBackend(String value) {
		this.value = value;
	}

	/**
	 * The backend this JVM was asked for: the system property, else
	 * {@code FOODMESH_TEST_INFRA}, else in-JVM.
	 */
	static TestBackend selected() {
		return from(System.getProperty(PROPERTY, System.getenv("FOODMESH_TEST_INFRA")));
	}

	static TestBackend from(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return IN_JVM;
		}
		String wanted = value.trim().toLowerCase(Locale.ROOT);
		return Arrays.stream(values())
			.filter((backend) -> backend.value.equals(wanted))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("-D" + PROPERTY + "=" + value
					+ " is not a test backend; use "
					+ Arrays.stream(values()).map((backend) -> backend.value).collect(Collectors.joining(" or "))));
	}

}
