package dev.foodmesh.web.problem;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;

import io.r2dbc.spi.R2dbcException;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.R2dbcTransientException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.util.ClassUtils;
import org.springframework.web.server.ServerWebExchange;

/**
 * Tells an outage (the database down, unreachable, out of connections or too slow to hand
 * one out) from a bug, so that it is answered {@code 503} with {@code Retry-After}
 * instead of {@code 500}: a client may retry, and the mesh's outlier detection does not
 * eject a healthy pod for its database's sake.
 * <p>
 * An outage is, anywhere in the cause chain:
 * <ul>
 * <li>an R2DBC {@link R2dbcTransientException} (transient resource failure, a pool
 * acquire timeout, a rollback for serialization or deadlock);</li>
 * <li>an R2DBC {@link R2dbcNonTransientResourceException} of connection kind: raised by
 * the client (connection refused, closed) or SQLSTATE class {@code 08} (connection
 * exception), {@code 53} (insufficient resources, e.g. too many connections) or
 * {@code 57P01}–{@code 57P03} (the server is shutting down or starting) — the driver
 * raises the same type for other classes too ({@code XX000}), which stay a 500;</li>
 * <li>any R2DBC error with SQLSTATE {@code 57014} (the statement ran past
 * {@code statement_timeout}) or {@code 55P03} (it waited past {@code lock_timeout}): the
 * database is too slow or too contended right now, which a later attempt may not
 * find;</li>
 * <li>without an R2DBC cause below it: Spring's
 * {@link DataAccessResourceFailureException} or
 * {@link TransientDataAccessException};</li>
 * <li>a refused TCP connection ({@link java.net.ConnectException}) or a connection pool
 * that timed out or ran full ({@code PoolAcquireTimeoutException},
 * {@code PoolAcquirePendingLimitException}).</li>
 * </ul>
 * Only the types on the class path are looked for; both R2DBC and {@code spring-tx} are
 * optional.
 */
final class Outages {

	private static final Logger log = LoggerFactory.getLogger(Outages.class);

	private static final boolean R2DBC_PRESENT = ClassUtils.isPresent("io.r2dbc.spi.R2dbcException",
			Outages.class.getClassLoader());

	private static final boolean DAO_PRESENT = ClassUtils.isPresent("org.springframework.dao.DataAccessException",
			Outages.class.getClassLoader());

	/**
	 * Pool exhaustion, by name: reactor-pool's own and the copy reactor-netty shades for
	 * its HTTP client.
	 */
	private static final Set<String> POOL_EXHAUSTED = Set.of("reactor.pool.PoolAcquireTimeoutException",
			"reactor.pool.PoolAcquirePendingLimitException",
			"reactor.netty.internal.shaded.reactor.pool.PoolAcquireTimeoutException",
			"reactor.netty.internal.shaded.reactor.pool.PoolAcquirePendingLimitException");

	private final Duration retryAfter;

	Outages(Duration retryAfter) {
		this.retryAfter = retryAfter;
	}

	/**
	 * The 503 problem for {@code error} if it is an outage, logged as a warning without
	 * stack trace; else null.
	 */
	@Nullable ProblemSpec problemFor(Throwable error, ServerWebExchange exchange) {
		String what = kind(error);
		if (what == null) {
			return null;
		}
		log.warn("{} unavailable on {} {}: {}", what, exchange.getRequest().getMethod(),
				exchange.getRequest().getPath(), rootCause(error).toString());
		String slug = what.toLowerCase(Locale.ROOT) + "-unavailable";
		return ProblemSpec.of(HttpStatus.SERVICE_UNAVAILABLE, slug,
				what + " is temporarily unavailable; retry after " + retryAfterSeconds() + " s");
	}

	/** {@code Retry-After} in whole seconds, at least one. */
	long retryAfterSeconds() {
		return Math.max(1, (this.retryAfter.toMillis() + 999) / 1000);
	}

	void addRetryAfter(HttpHeaders headers) {
		headers.set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds()));
	}

	/** {@code Database}, {@code Dependency} or null when the error is no outage. */
	static @Nullable String kind(Throwable error) {
		if (R2DBC_PRESENT) {
			// the driver's own word decides, whatever Spring wrapped it in
			Boolean outage = R2dbcOutages.isOutage(error);
			if (outage != null) {
				return outage ? "Database" : null;
			}
		}
		if (DAO_PRESENT && DaoOutages.isOutage(error)) {
			return "Database";
		}
		for (Throwable current = error; current != null; current = current.getCause()) {
			if (current instanceof java.net.ConnectException || POOL_EXHAUSTED.contains(current.getClass().getName())) {
				return "Dependency";
			}
		}
		return null;
	}

	private static Throwable rootCause(Throwable error) {
		Throwable root = error;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root;
	}

	/** Touches R2DBC types only when they are present. */
	private static final class R2dbcOutages {

		/**
		 * Statement timeout or cancel, lock timeout: the bounds of
		 * DatabaseTimeoutsProperties.
		 */
		private static final Set<String> TIMED_OUT = Set.of("57014", "55P03");

		/** Null when there is no R2DBC error in the chain. */
		static @Nullable Boolean isOutage(Throwable chain) {
			R2dbcException error = Causes.find(chain, R2dbcException.class);
			if (error == null) {
				return null;
			}
			String state = error.getSqlState();
			if (error instanceof R2dbcTransientException || (state != null && TIMED_OUT.contains(state))) {
				return true;
			}
			if (error instanceof R2dbcNonTransientResourceException) {
				return state == null || state.isEmpty() || state.startsWith("08") || state.startsWith("53")
						|| state.equals("57P01") || state.equals("57P02") || state.equals("57P03");
			}
			return false;
		}

	}

	/** Touches {@code spring-tx} types only when they are present. */
	private static final class DaoOutages {

		static boolean isOutage(Throwable error) {
			return Causes.find(error, DataAccessResourceFailureException.class) != null
					|| Causes.find(error, TransientDataAccessException.class) != null;
		}

	}

}
