package dev.foodmesh.infra.local;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

import dev.foodmesh.infra.FoodMeshService;

/**
 * The five services as separate JVMs against one Postgres server and one Kafka broker,
 * wired as in {@code docs/conventions.md}: each gets its ports, its database
 * ({@code FOODMESH_DB_*}), the broker ({@code SPRING_KAFKA_BOOTSTRAP_SERVERS}), and
 * order-service the URLs of user- and restaurant-service. <pre class="code">
 * try (ServiceFleet fleet = ServiceFleet.builder(repositoryRoot)
 *         .postgres(postgres).kafka(kafka)
 *         .freePorts()
 *         .logDirectory(Path.of("target/e2e-logs"))
 *         .argument(FoodMeshService.DELIVERY, "--foodmesh.delivery.simulator.enabled=true")
 *         .build()) {
 *     fleet.start().awaitReady(Duration.ofMinutes(3));
 *     URI orders = fleet.service(FoodMeshService.ORDER).apiUri();
 *     fleet.service(FoodMeshService.PAYMENT).kill();      // a crash mid-saga
 *     fleet.service(FoodMeshService.PAYMENT).start().awaitReady(Duration.ofMinutes(1));
 * }
 * </pre>
 */
public final class ServiceFleet implements Closeable {

	private final Map<FoodMeshService, ServiceProcess> services;

	private ServiceFleet(Map<FoodMeshService, ServiceProcess> services) {
		this.services = services;
	}

	/**
	 * A fleet of the services built in {@code repositoryRoot}
	 * ({@code <service>/target/<service>-*.jar}).
	 */
	public static Builder builder(Path repositoryRoot) {
		return new Builder(repositoryRoot);
	}

	/**
	 * The executable jar of a service under {@code repositoryRoot}, if it has been built.
	 */
	public static Optional<Path> findJar(Path repositoryRoot, String serviceName) {
		Path target = repositoryRoot.resolve(serviceName).resolve("target");
		if (!Files.isDirectory(target)) {
			return Optional.empty();
		}
		try (Stream<Path> files = Files.list(target)) {
			return files.filter((file) -> isServiceJar(file.getFileName().toString(), serviceName))
				.max(Comparator.comparing(ServiceFleet::lastModified));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The services whose jar is missing under {@code repositoryRoot}. */
	public static List<String> missingJars(Path repositoryRoot) {
		return Stream.of(FoodMeshService.values())
			.map(FoodMeshService::serviceName)
			.filter((name) -> findJar(repositoryRoot, name).isEmpty())
			.toList();
	}

	private static boolean isServiceJar(String fileName, String serviceName) {
		return fileName.startsWith(serviceName + "-") && fileName.endsWith(".jar")
				&& Stream.of("-sources", "-javadoc", "-tests", "-plain", "-test-sources")
					.noneMatch((suffix) -> fileName.endsWith(suffix + ".jar"));
	}

	private static long lastModified(Path file) {
		return file.toFile().lastModified();
	}

	public ServiceProcess service(FoodMeshService service) {
		ServiceProcess process = this.services.get(service);
		if (process == null) {
			throw new IllegalArgumentException(service.serviceName() + " is not part of this fleet");
		}
		return process;
	}

	/** By name: {@code order-service} or {@code order}. */
	public ServiceProcess service(String name) {
		return service(FoodMeshService.find(name)
			.orElseThrow(() -> new IllegalArgumentException("No service called '" + name + "'")));
	}

	public Collection<ServiceProcess> services() {
		return this.services.values();
	}

	/**
	 * Every port the fleet will listen on, described (e.g. {@code order-service API} →
	 * 8080).
	 */
	public Map<String, Integer> ports() {
		Map<String, Integer> ports = new LinkedHashMap<>();
		this.services.values().forEach((service) -> {
			ports.put(service.name() + " API", service.apiPort());
			ports.put(service.name() + " management", service.managementPort());
		});
		return ports;
	}

	/**
	 * Launches every service that is not running, all at once; returns without waiting.
	 */
	public ServiceFleet start() {
		this.services.values().stream().filter((service) -> !service.isAlive()).forEach(ServiceProcess::start);
		return this;
	}

	/**
	 * Waits until every service is ready; see {@link #awaitReady(Duration, Consumer)}.
	 */
	public ServiceFleet awaitReady(Duration timeout) {
		return awaitReady(timeout, (service) -> {
		});
	}

	/**
	 * Waits until every service answers its readiness probe, calling {@code onReady} for
	 * each as it gets there.
	 * @throws ServiceStartException as soon as one exits, or when the timeout passes
	 */
	public ServiceFleet awaitReady(Duration timeout, Consumer<ServiceProcess> onReady) {
		long deadline = System.nanoTime() + timeout.toNanos();
		Set<ServiceProcess> waiting = new LinkedHashSet<>(this.services.values());
		while (!waiting.isEmpty()) {
			for (ServiceProcess service : List.copyOf(waiting)) {
				if (!service.isAlive()) {
					throw new ServiceStartException(service, service.name() + " exited with code "
							+ service.exitCode().map(String::valueOf).orElse("?") + " before it was ready");
				}
				if (service.isReady()) {
					waiting.remove(service);
					onReady.accept(service);
				}
			}
			if (waiting.isEmpty()) {
				break;
			}
			if (System.nanoTime() > deadline) {
				ServiceProcess late = waiting.iterator().next();
				throw new ServiceStartException(late, "Not ready within " + timeout.toSeconds() + " s: "
						+ waiting.stream().map(ServiceProcess::name).toList());
			}
			try {
				TimeUnit.MILLISECONDS.sleep(250);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while waiting for " + waiting, ex);
			}
		}
		return this;
	}

	/** Stops every service in parallel: SIGTERM, then SIGKILL after {@code grace}. */
	public void stop(Duration grace) {
		// one thread per service: the common pool may have a single thread on a 2-core
		// machine
		List<Thread> stopping = this.services.values()
			.stream()
			.map((service) -> Thread.ofPlatform().name("stop-" + service.name()).start(() -> service.stop(grace)))
			.toList();
		for (Thread thread : stopping) {
			try {
				thread.join();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	/** Stops every service with {@link ServiceProcess#DEFAULT_STOP_GRACE}. */
	@Override
	public void close() {
		stop(ServiceProcess.DEFAULT_STOP_GRACE);
	}

	/**
	 * Settings of a {@link ServiceFleet}. Required: where Postgres and Kafka are.
	 */
	public static final class Builder extends FleetSettings<Builder> {

		private Builder(Path repositoryRoot) {
			super(repositoryRoot);
		}

		@Override
		Builder self() {
			return this;
		}

		public ServiceFleet build() {
			return new ServiceFleet(FleetAssembly.processes(this));
		}

	}

}
