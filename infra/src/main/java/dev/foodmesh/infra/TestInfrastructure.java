package dev.foodmesh.infra;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One real Postgres 18 and one real Kafka broker per test JVM, shared by every test in
 * it.
 * <p>
 * Both start lazily, together, on first use (about 2–5 s), on free ports, and stop in a
 * JVM shutdown hook. By default they run in this JVM (no Docker);
 * {@code -Dfoodmesh.test.infra=testcontainers} runs them as Docker containers of the
 * official images instead ({@link TestBackend}). A start that failed fails every later
 * use at once, with its cause. The databases of the five services exist and the FoodMesh
 * topics exist with {@link FoodMeshTopics#DEFAULT_PARTITIONS} partitions. Other databases
 * are created on demand with {@link #database(String)}.
 * <p>
 * In a Spring Boot test, either register the properties of a service: <pre class="code">
 * &#64;DynamicPropertySource
 * static void infrastructure(DynamicPropertyRegistry registry) {
 *     TestInfrastructure.registerProperties("order-service", registry);
 * }
 * </pre> or name an initializer:
 * {@code @ContextConfiguration(initializers = TestInfrastructure.OrderService.class)}.
 * Both set {@code foodmesh.db.host/port/name/username/password},
 * {@code spring.kafka.bootstrap-servers} and {@code foodmesh.security.jwks} (the
 * {@link DevIssuer}'s keys, so tests send its tokens).
 */
public final class TestInfrastructure {

	private static final Logger logger = LoggerFactory.getLogger(TestInfrastructure.class);

	private static volatile @Nullable TestInfrastructure instance;

	private static @Nullable RuntimeException failedStart;

	private final DatabaseServer postgres;

	private final KafkaBroker kafka;

	private final Map<String, Database> databases = new ConcurrentHashMap<>();

	private TestInfrastructure(DatabaseServer postgres, KafkaBroker kafka) {
		this.postgres = postgres;
		this.kafka = kafka;
	}

	/** The shared infrastructure, started on first call. */
	public static TestInfrastructure get() {
		TestInfrastructure current = instance;
		if (current != null) {
			return current;
		}
		synchronized (TestInfrastructure.class) {
			if (failedStart != null) {
				throw new IllegalStateException("The test infrastructure did not start: " + failedStart.getMessage(),
						failedStart);
			}
			if (instance == null) {
				try {
					instance = start(TestBackend.selected());
				}
				catch (RuntimeException ex) {
					failedStart = ex;
					throw ex;
				}
			}
			return instance;
		}
	}

	/** The shared Postgres server. */
	public static DatabaseServer postgres() {
		return get().postgres;
	}

	/** The shared Kafka broker. */
	public static KafkaBroker kafka() {
		return get().kafka;
	}

	/** {@code host:port} of the shared broker. */
	public static String bootstrapServers() {
		return kafka().bootstrapServers();
	}

	/**
	 * The database of a service or of any other component, created with its owner role on
	 * first request. For the five services ({@code order-service} or {@code order}) it is
	 * the service's database of {@code docs/conventions.md}; any other name gets
	 * {@code foodmesh_<name>} (e.g. {@code messaging-kit} →
	 * {@code foodmesh_messaging_kit}), and a name that already starts with
	 * {@code foodmesh_} is used as is.
	 */
	public static Database database(String serviceOrDatabase) {
		String name = serviceOrDatabase.startsWith("foodmesh_") ? serviceOrDatabase
				: FoodMeshService.databaseNameFor(serviceOrDatabase);
		TestInfrastructure infrastructure = get();
		return infrastructure.databases.computeIfAbsent(name, infrastructure.postgres::createDatabase);
	}

	/**
	 * The Spring properties for a service: {@code foodmesh.db.*} for its database,
	 * {@code spring.kafka.bootstrap-servers} and {@code foodmesh.security.jwks}
	 * ({@link DevIssuer}).
	 */
	public static Map<String, Object> properties(String serviceOrDatabase) {
		Database database = database(serviceOrDatabase);
		return Map.of("foodmesh.db.host", database.host(), "foodmesh.db.port", database.port(), "foodmesh.db.name",
				database.name(), "foodmesh.db.username", database.username(), "foodmesh.db.password",
				database.password(), "spring.kafka.bootstrap-servers", bootstrapServers(), "foodmesh.security.jwks",
				DevIssuer.jwks());
	}

	/**
	 * Registers {@link #properties(String)} for a {@code @DynamicPropertySource} method.
	 * The values are resolved lazily, so the servers start when Spring first reads one of
	 * them.
	 */
	public static void registerProperties(String serviceOrDatabase, DynamicPropertyRegistry registry) {
		registry.add("foodmesh.db.host", () -> database(serviceOrDatabase).host());
		registry.add("foodmesh.db.port", () -> database(serviceOrDatabase).port());
		registry.add("foodmesh.db.name", () -> database(serviceOrDatabase).name());
		registry.add("foodmesh.db.username", () -> database(serviceOrDatabase).username());
		registry.add("foodmesh.db.password", () -> database(serviceOrDatabase).password());
		registry.add("spring.kafka.bootstrap-servers", TestInfrastructure::bootstrapServers);
		registry.add("foodmesh.security.jwks", DevIssuer::jwks);
	}

	private static TestInfrastructure start(TestBackend backend) {
		long started = System.nanoTime();
		TestInfrastructure infrastructure = switch (backend) {
			case IN_JVM ->
				startTogether(() -> PostgresServer.builder().forTests().start(), () -> KafkaServer.builder().start());
			case TESTCONTAINERS -> {
				Containers.requireDocker();
				yield startTogether(ContainerPostgres::start, ContainerKafka::start);
			}
		};
		Runtime.getRuntime().addShutdownHook(new Thread(infrastructure::stop, "foodmesh-test-infrastructure-stop"));
		infrastructure.postgres.createServiceDatabases()
			.forEach((database) -> infrastructure.databases.put(database.name(), database));
		infrastructure.kafka.createTopics(FoodMeshTopics.DEFAULT_PARTITIONS);
		logger.info("Test infrastructure ({}) ready in {} ms: Postgres {}:{}, Kafka {}", backend,
				TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), infrastructure.postgres.host(),
				infrastructure.postgres.port(), infrastructure.kafka.bootstrapServers());
		return infrastructure;
	}

	// Postgres is mostly waiting for its own processes (or its container): start both at
	// once
	private static TestInfrastructure startTogether(Supplier<? extends DatabaseServer> postgres,
			Supplier<? extends KafkaBroker> kafka) {
		CompletableFuture<? extends DatabaseServer> startingPostgres = CompletableFuture.supplyAsync(postgres);
		KafkaBroker broker;
		try {
			broker = kafka.get();
		}
		catch (RuntimeException ex) {
			startingPostgres.thenAccept(DatabaseServer::close);
			throw ex;
		}
		try {
			return new TestInfrastructure(startingPostgres.join(), broker);
		}
		catch (CompletionException ex) {
			broker.close();
			throw (ex.getCause() instanceof RuntimeException cause) ? cause : ex;
		}
	}

	private void stop() {
		try {
			this.kafka.close();
		}
		finally {
			this.postgres.close();
		}
	}

	/**
	 * Base of the per-service initializers: adds {@link #properties(String)} as the
	 * highest-priority property source. Subclass it for another component: {@code class
	 * KitInfra extends ForService { KitInfra() { super("messaging-kit"); } }}.
	 */
	public abstract static class ForService implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		private final String service;

		protected ForService(String service) {
			this.service = service;
		}

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("foodmeshTestInfrastructure", properties(this.service)));
		}

	}

	/**
	 * {@code @ContextConfiguration(initializers = TestInfrastructure.OrderService.class)}.
	 */
	public static final class OrderService extends ForService {

		public OrderService() {
			super("order-service");
		}

	}

	/**
	 * {@code @ContextConfiguration(initializers = TestInfrastructure.UserService.class)}.
	 */
	public static final class UserService extends ForService {

		public UserService() {
			super("user-service");
		}

	}

	/**
	 * {@code @ContextConfiguration(initializers = TestInfrastructure.RestaurantService.class)}.
	 */
	public static final class RestaurantService extends ForService {

		public RestaurantService() {
			super("restaurant-service");
		}

	}

	/**
	 * {@code @ContextConfiguration(initializers = TestInfrastructure.PaymentService.class)}.
	 */
	public static final class PaymentService extends ForService {

		public PaymentService() {
			super("payment-service");
		}

	}

	/**
	 * {@code @ContextConfiguration(initializers = TestInfrastructure.DeliveryService.class)}.
	 */
	public static final class DeliveryService extends ForService {

		public DeliveryService() {
			super("delivery-service");
		}

	}

}
