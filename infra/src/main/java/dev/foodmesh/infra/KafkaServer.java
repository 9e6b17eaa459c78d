package dev.foodmesh.infra;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Kafka broker in this JVM: Apache Kafka's own {@link KafkaRaftServer}
 * in combined mode (broker and KRaft controller in one node), the same server
 * {@code bin/kafka-server-start.sh} runs.
 * <p>
 * The storage is formatted on first start and reused afterwards when a data directory is
 * given (the local stack); without one a temporary directory is used and deleted on
 * {@link #close()} (tests). Topics are never created implicitly
 * ({@code auto.create.topics.enable=false}): use {@link #createTopics(int)} or
 * {@link #createTopic(String, int)}.
 */
public final class KafkaServer implements KafkaBroker {

	private static final Logger logger = LoggerFactory.getLogger(KafkaServer.class);

	private static final String HOST = "127.0.0.1";

	private static final int NODE_ID = 1;

	private final KafkaRaftServer server;

	private final int port;

	private final Path dataDirectory;

	private final boolean temporary;

	private final Admin admin;

	private boolean closed;

	private KafkaServer(KafkaRaftServer server, int port, Path dataDirectory, boolean temporary,
			Map<String, Object> clientProperties) {
		this.server = server;
		this.port = port;
		this.dataDirectory = dataDirectory;
		this.temporary = temporary;
		Map<String, Object> adminProperties = new HashMap<>(clientProperties);
		adminProperties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
		adminProperties.put(AdminClientConfig.CLIENT_ID_CONFIG, "foodmesh-infra-admin");
		this.admin = Admin.create(adminProperties);
	}

	public static Builder builder() {
		return new Builder();
	}

	/** Starts a throw-away broker on a free port. */
	public static KafkaServer startForTests() {
		return builder().start();
	}

	/** {@code 127.0.0.1:<port>}. */
	@Override
	public String bootstrapServers() {
		return HOST + ":" + this.port;
	}

	public int port() {
		return this.port;
	}

	public Path dataDirectory() {
		return this.dataDirectory;
	}

	@Override
	public Admin admin() {
		return this.admin;
	}

	/** Stops the broker (a second or two); a temporary data directory is deleted. */
	@Override
	public synchronized void close() {
		if (this.closed) {
			return;
		}
		this.closed = true;
		long started = System.nanoTime();
		this.admin.close(Duration.ofSeconds(2));
		this.server.shutdown();
		this.server.awaitShutdown();
		logger.info("Kafka on port {} stopped in {} ms", this.port,
				TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
		if (this.temporary) {
			deleteRecursively(this.dataDirectory);
		}
	}

	private static void deleteRecursively(Path directory) {
		try (Stream<Path> paths = Files.walk(directory)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException ex) {
			logger.warn("Could not delete {}", directory, ex);
		}
	}

	/** Builds a {@link KafkaServer}. Defaults: a free port, a temporary directory. */
	public static final class Builder {

		private int port;

		private int controllerPort;

		private @Nullable Path dataDirectory;

		private final Properties overrides = new Properties();

		private final Map<String, Object> clientProperties = new HashMap<>();

		private Builder() {
		}

		/** The client (PLAINTEXT) port; 0 (the default) picks a free one. */
		public Builder port(int port) {
			this.port = port;
			return this;
		}

		/** The KRaft controller port; 0 (the default) picks a free one. */
		public Builder controllerPort(int controllerPort) {
			this.controllerPort = controllerPort;
			return this;
		}

		/** Keeps the log in this directory, reusing it when it was formatted before. */
		public Builder dataDirectory(Path dataDirectory) {
			this.dataDirectory = dataDirectory;
			return this;
		}

		/** Overrides or adds a broker property ({@code server.properties} syntax). */
		public Builder property(String name, String value) {
			this.overrides.setProperty(name, value);
			return this;
		}

		/**
		 * Adds a setting of the broker's own {@link #admin()} client: its credentials
		 * when the listener that {@link #bootstrapServers()} names requires
		 * authentication.
		 */
		public Builder clientProperty(String name, Object value) {
			this.clientProperties.put(name, value);
			return this;
		}

		public KafkaServer start() {
			int brokerPort = (this.port != 0) ? this.port : FreePorts.find();
			int quorumPort = (this.controllerPort != 0) ? this.controllerPort : FreePorts.find();
			boolean temporary = this.dataDirectory == null;
			long started = System.nanoTime();
			try {
				Path directory = temporary ? Files.createTempDirectory("foodmesh-kafka-")
						: Files.createDirectories(this.dataDirectory).toAbsolutePath();
				KafkaConfig config = new KafkaConfig(properties(brokerPort, quorumPort, directory), false);
				format(config, directory);
				KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
				KafkaServer kafka;
				try {
					server.startup();
					kafka = new KafkaServer(server, brokerPort, directory, temporary, this.clientProperties);
				}
				catch (RuntimeException ex) {
					server.shutdown();
					throw ex;
				}
				try {
					kafka.awaitReady();
				}
				catch (RuntimeException ex) {
					kafka.close();
					throw ex;
				}
				logger.info("Kafka listening on {} (controller {}, data in {}) after {} ms", kafka.bootstrapServers(),
						quorumPort, directory, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
				return kafka;
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not start Kafka on port " + brokerPort, ex);
			}
		}

		private Properties properties(int brokerPort, int quorumPort, Path directory) {
			Properties properties = new Properties();
			properties.setProperty("process.roles", "broker,controller");
			properties.setProperty("node.id", Integer.toString(NODE_ID));
			properties.setProperty("controller.quorum.voters", NODE_ID + "@" + HOST + ":" + quorumPort);
			properties.setProperty("listeners",
					"PLAINTEXT://" + HOST + ":" + brokerPort + ",CONTROLLER://" + HOST + ":" + quorumPort);
			properties.setProperty("advertised.listeners", "PLAINTEXT://" + HOST + ":" + brokerPort);
			properties.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
			properties.setProperty("controller.listener.names", "CONTROLLER");
			properties.setProperty("inter.broker.listener.name", "PLAINTEXT");
			properties.setProperty("log.dirs", directory.toString());
			properties.setProperty("auto.create.topics.enable", "false");
			// one node: every internal topic has one replica
			properties.setProperty("offsets.topic.replication.factor", "1");
			properties.setProperty("offsets.topic.num.partitions", "10");
			properties.setProperty("transaction.state.log.replication.factor", "1");
			properties.setProperty("transaction.state.log.min.isr", "1");
			properties.setProperty("transaction.state.log.num.partitions", "4");
			properties.setProperty("share.coordinator.state.topic.replication.factor", "1");
			properties.setProperty("share.coordinator.state.topic.min.isr", "1");
			properties.setProperty("group.initial.rebalance.delay.ms", "0");
			// a small footprint: few threads, small buffers and index files
			properties.setProperty("num.network.threads", "2");
			properties.setProperty("num.io.threads", "2");
			properties.setProperty("background.threads", "2");
			properties.setProperty("num.recovery.threads.per.data.dir", "1");
			properties.setProperty("num.replica.fetchers", "1");
			properties.setProperty("log.cleaner.threads", "1");
			properties.setProperty("log.cleaner.dedupe.buffer.size", Integer.toString(4 * 1024 * 1024));
			properties.setProperty("log.index.size.max.bytes", Integer.toString(1024 * 1024));
			properties.setProperty("log.segment.bytes", Integer.toString(64 * 1024 * 1024));
			// a fast shutdown
			properties.setProperty("controlled.shutdown.enable", "true");
			properties.setProperty("broker.heartbeat.interval.ms", "500");
			properties.setProperty("broker.session.timeout.ms", "9000");
			properties.putAll(this.overrides);
			return properties;
		}

		private static void format(KafkaConfig config, Path directory) {
			if (Files.exists(directory.resolve("meta.properties"))) {
				return;
			}
			try {
				new Formatter().setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
					.setNodeId(NODE_ID)
					.setClusterId(Uuid.randomUuid().toString())
					.setControllerListenerName("CONTROLLER")
					.setMetadataLogDirectory(config.metadataLogDir())
					.setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
					.setUnstableFeatureVersionsEnabled(false)
					.setHasDynamicQuorum(false)
					.setIgnoreFormatted(true)
					.addDirectory(directory.toString())
					.run();
			}
			catch (Exception ex) {
				throw new IllegalStateException("Could not format Kafka storage in " + directory, ex);
			}
		}

	}

	private void awaitReady() {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (true) {
			try {
				this.admin.describeCluster().nodes().get(5, TimeUnit.SECONDS);
				this.admin.listTopics().names().get(5, TimeUnit.SECONDS);
				return;
			}
			catch (ExecutionException | TimeoutException ex) {
				if (System.nanoTime() > deadline) {
					throw new IllegalStateException("Kafka did not become ready on " + bootstrapServers(), ex);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while waiting for Kafka", ex);
			}
		}
	}

}
