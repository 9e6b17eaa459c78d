package dev.foodmesh.infra.local;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import dev.foodmesh.infra.local.traces.SpanStore;
import dev.foodmesh.infra.local.traces.TraceReceiver;
import org.jspecify.annotations.Nullable;

/**
 * Where the stack's traces go when asked: the launcher's own receiver ({@code --traces})
 * or a Jaeger the launcher runs ({@code --jaeger=PATH}). Started before the services, so
 * that their first spans find it, and closed after them.
 */
final class TraceDestination implements Closeable {

	private final Closeable running;

	private final String endpoint;

	private final String description;

	private TraceDestination(Closeable running, String endpoint, String description) {
		this.running = running;
		this.endpoint = endpoint;
		this.description = description;
	}

	/**
	 * The destination the options ask for, started; {@code null} when they ask for none.
	 */
	static @Nullable TraceDestination start(LocalStackOptions options, Path logs) {
		if (options.traces()) {
			TraceReceiver receiver = TraceReceiver.start(options.tracesPort(),
					new SpanStore(SpanStore.DEFAULT_CAPACITY), new OrderServiceTraceIds(options.postgresPort()));
			return new TraceDestination(receiver, receiver.exportEndpoint(),
					"kept by the launcher (last " + String.format(Locale.ROOT, "%,d", SpanStore.DEFAULT_CAPACITY)
							+ " spans, OTLP on " + receiver.exportEndpoint()
							+ "); one order's tree: ./run-local.sh trace <order-id>"
							+ ((options.portOffset() != 0) ? " --port-offset=" + options.portOffset() : ""));
		}
		if (options.jaeger() != null) {
			JaegerProcess jaeger = JaegerProcess.start(options.jaeger(), logs.resolve("jaeger.log"));
			return new TraceDestination(jaeger, TraceExport.jaegerEndpoint(), "in Jaeger, UI http://localhost:"
					+ TraceExport.JAEGER_UI_PORT + " (log " + logs.resolve("jaeger.log").getFileName() + ")");
		}
		return null;
	}

	/** The agent settings that send every service's spans here. */
	Map<String, String> agentEnvironment() {
		return TraceExport.agentEnvironment(this.endpoint);
	}

	/** The banner's line on traces. */
	String description() {
		return this.description;
	}

	@Override
	public void close() {
		try {
			this.running.close();
		}
		catch (IOException ex) {
			// stopping the stack goes on; the receiver and Jaeger die with this JVM
			// anyway
		}
	}

}
