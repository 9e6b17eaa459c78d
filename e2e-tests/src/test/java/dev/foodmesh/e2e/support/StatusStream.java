package dev.foodmesh.e2e.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;

/**
 * A Server-Sent Events stream of order statuses read on a background thread. Each
 * {@code data:} line is a status, either as JSON with a {@code status} property or as the
 * bare status name.
 */
public final class StatusStream implements AutoCloseable {

	private final List<String> statuses = new CopyOnWriteArrayList<>();

	private final CompletableFuture<List<String>> completion = new CompletableFuture<>();

	private volatile int httpStatus;

	private volatile String contentType = "";

	private volatile Stream<String> lines;

	private StatusStream() {
	}

	static StatusStream open(URI uri) {
		StatusStream stream = new StatusStream();
		Thread reader = new Thread(() -> stream.read(uri), "sse-" + uri.getPath());
		reader.setDaemon(true);
		reader.start();
		return stream;
	}

	private void read(URI uri) {
		try {
			HttpResponse<Stream<String>> response = Http.stream(uri);
			this.httpStatus = response.statusCode();
			this.contentType = response.headers().firstValue("Content-Type").orElse("");
			this.lines = response.body();
			try (Stream<String> body = response.body()) {
				body.filter((line) -> line.startsWith("data:")).map(StatusStream::status).forEach(this.statuses::add);
			}
			this.completion.complete(List.copyOf(this.statuses));
		}
		catch (IOException | RuntimeException ex) {
			this.completion.completeExceptionally(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.completion.completeExceptionally(ex);
		}
	}

	private static String status(String dataLine) {
		String data = dataLine.substring("data:".length()).trim();
		if (data.startsWith("{")) {
			JsonNode event = Json.read(data);
			return Json.text(event, "status");
		}
		return data.replace("\"", "");
	}

	/** The statuses received so far. */
	public List<String> statuses() {
		return List.copyOf(this.statuses);
	}

	public int httpStatus() {
		return this.httpStatus;
	}

	public String contentType() {
		return this.contentType;
	}

	/**
	 * Waits for the server to complete the stream and answers every status it sent; fails
	 * if it is still open after {@code atMost}.
	 */
	public List<String> awaitCompletion(Duration atMost) {
		try {
			return this.completion.get(atMost.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			throw new AssertionError("The status stream was still open after " + atMost + "; it sent " + statuses(),
					ex);
		}
		catch (ExecutionException ex) {
			throw new AssertionError("The status stream failed after sending " + statuses(), ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError("Interrupted", ex);
		}
	}

	@Override
	public void close() {
		Stream<String> open = this.lines;
		if (open != null) {
			open.close();
		}
	}

}
