package dev.foodmesh.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Postgres 18 server started from zonky's embedded binaries, as a child process of
 * this JVM.
 * <p>
 * With a data directory it keeps its data between runs (the local stack); without one it
 * uses a temporary directory that is deleted on {@link #close()} (tests). Databases and
 * their owning login roles are created idempotently with {@link #createDatabase(String)};
 * {@link #createServiceDatabases()} creates the five of {@code docs/conventions.md}. The
 * password of every role is the role name: this server listens on localhost only and is
 * for development and tests.
 */
public final class PostgresServer implements DatabaseServer {

	private static final Logger logger = LoggerFactory.getLogger(PostgresServer.class);

	private static final String HOST = "localhost";

	private final EmbeddedPostgres postgres;

	private final Path dataDirectory;

	private PostgresServer(EmbeddedPostgres postgres, Path dataDirectory) {
		this.postgres = postgres;
		this.dataDirectory = dataDirectory;
	}

	public static Builder builder() {
		return new Builder();
	}

	/** Starts a throw-away server on a free port, tuned for tests (no fsync). */
	public static PostgresServer startForTests() {
		return builder().forTests().start();
	}

	@Override
	public String host() {
		return HOST;
	}

	@Override
	public int port() {
		return this.postgres.getPort();
	}

	public Path dataDirectory() {
		return this.dataDirectory;
	}

	/** The server version, e.g. {@code 18.1}. */
	public String serverVersion() {
		try (Connection connection = superuserConnection();
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("show server_version")) {
			result.next();
			return result.getString(1);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not read the Postgres version", ex);
		}
	}

	/**
	 * A connection as the {@code postgres} superuser to the {@code postgres} database.
	 */
	@Override
	public Connection superuserConnection() throws SQLException {
		return this.postgres.getPostgresDatabase().getConnection();
	}

	/** Stops the server ("fast" mode); a temporary data directory is deleted. */
	@Override
	public void close() {
		try {
			this.postgres.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * SIGKILL to the postmaster and every server process at once, as a crash of the
	 * machine would leave them: no checkpoint, open sessions cut, and the next start
	 * recovers from the write-ahead log. Only what was committed and flushed survives:
	 * with {@code synchronous_commit} off (zonky's default, unless the builder was made
	 * {@link Builder#durable()}) the last fraction of a second of commits may be lost.
	 * This instance is spent afterwards; start a new one on the same data directory.
	 * @return the pid of the postmaster that was killed
	 */
	public long kill() {
		ProcessHandle postmaster = postmaster()
			.orElseThrow(() -> new IllegalStateException("No Postgres is running on " + this.dataDirectory));
		List<ProcessHandle> all = new ArrayList<>(postmaster.descendants().toList());
		all.add(postmaster);
		all.forEach(ProcessHandle::destroyForcibly);
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (all.stream().anyMatch(Postmasters::isRunning) && System.nanoTime() < deadline) {
			pause();
		}
		logger.warn("Killed Postgres (postmaster pid {}) on {} with SIGKILL", postmaster.pid(), this.dataDirectory);
		Postmasters.deleteLockFiles(this.dataDirectory);
		// releases zonky's lock on the data directory, so that a new instance may start
		// on it; its "pg_ctl stop" finds no postmaster.pid and gives up at once
		close();
		return postmaster.pid();
	}

	/** The running postmaster of this server. */
	public Optional<ProcessHandle> postmaster() {
		try {
			return Postmasters.running(this.dataDirectory);
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

	private static void pause() {
		try {
			TimeUnit.MILLISECONDS.sleep(50);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for Postgres to die", ex);
		}
	}

	/**
	 * Builds a {@link PostgresServer}. Defaults: a free port, a temporary data directory,
	 * output to the logger.
	 */
	public static final class Builder {

		private int port;

		private @Nullable Path dataDirectory;

		private @Nullable Path logFile;

		private Duration startupTimeout = Duration.ofSeconds(60);

		private boolean stopOnJvmExit = true;

		private final Map<String, String> serverConfig = new LinkedHashMap<>();

		private Builder() {
			// five services with a connection pool each, plus migrations and test
			// contexts
			this.serverConfig.put("max_connections", "300");
		}

		/** The port to listen on; 0 (the default) picks a free one. */
		public Builder port(int port) {
			this.port = port;
			return this;
		}

		/** Keeps data in this directory, reusing it when it already holds a cluster. */
		public Builder dataDirectory(Path dataDirectory) {
			this.dataDirectory = dataDirectory;
			return this;
		}

		/** Appends the server's output to this file instead of the logger. */
		public Builder logFile(Path logFile) {
			this.logFile = logFile;
			return this;
		}

		public Builder startupTimeout(Duration startupTimeout) {
			this.startupTimeout = startupTimeout;
			return this;
		}

		/** Sets a {@code postgresql.conf} parameter for this run. */
		public Builder serverConfig(String name, String value) {
			this.serverConfig.put(name, value);
			return this;
		}

		/**
		 * Whether a JVM shutdown hook stops the server (default {@code true}, so that no
		 * Postgres outlives its JVM). Turn it off only when your own shutdown hook calls
		 * {@link PostgresServer#close()} in the right order.
		 */
		public Builder stopOnJvmExit(boolean stopOnJvmExit) {
			this.stopOnJvmExit = stopOnJvmExit;
			return this;
		}

		/**
		 * Every commit waits until its WAL is flushed to disk, as on a production server:
		 * zonky turns {@code synchronous_commit} off by default, which hides the cost of
		 * a commit from a benchmark.
		 */
		public Builder durable() {
			return serverConfig("fsync", "on").serverConfig("synchronous_commit", "on")
				.serverConfig("full_page_writes", "on");
		}

		/** Trades durability for speed: data is thrown away after tests anyway. */
		public Builder forTests() {
			return serverConfig("fsync", "off").serverConfig("synchronous_commit", "off")
				.serverConfig("full_page_writes", "off");
		}

		public PostgresServer start() {
			int chosenPort = (this.port != 0) ? this.port : FreePorts.find();
			boolean temporary = this.dataDirectory == null;
			try {
				Path directory = temporary ? Files.createTempDirectory("foodmesh-postgres-")
						: Files.createDirectories(this.dataDirectory);
				if (!temporary) {
					Postmasters.stopLeftover(directory);
				}
				EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
					.setPort(chosenPort)
					.setDataDirectory(directory)
					.setCleanDataDirectory(temporary)
					.setPGStartupWait(this.startupTimeout)
					.setRegisterShutdownHook(this.stopOnJvmExit)
					.setLocaleConfig("locale", "C");
				this.serverConfig.forEach(builder::setServerConfig);
				if (this.logFile != null) {
					Files.createDirectories(this.logFile.toAbsolutePath().getParent());
					ProcessBuilder.Redirect redirect = ProcessBuilder.Redirect.appendTo(this.logFile.toFile());
					builder.setOutputRedirector(redirect).setErrorRedirector(redirect);
				}
				long started = System.nanoTime();
				EmbeddedPostgres postgres = builder.start();
				logger.info("Postgres listening on {}:{} (data in {}) after {} ms", HOST, chosenPort, directory,
						TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
				return new PostgresServer(postgres, directory);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not start Postgres on port " + chosenPort, ex);
			}
		}

	}

}
