package dev.foodmesh.order.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

/**
 * A TCP relay between order-service and Postgres that a test can pull the plug on:
 * {@link #cut()} closes every connection and the listening port, so the service sees its
 * connections die and new ones refused, exactly as when Postgres stops;
 * {@link #restore()} listens on the same port again. Plain threads, never an event loop.
 */
final class DatabaseProxy {

	private final InetSocketAddress target;

	private final int port;

	private final Set<Socket> open = ConcurrentHashMap.newKeySet();

	private @Nullable ServerSocket server;

	private DatabaseProxy(String host, int targetPort) {
		this.target = new InetSocketAddress(host, targetPort);
		this.server = listen(0);
		this.port = this.server.getLocalPort();
		accept(this.server);
	}

	static DatabaseProxy to(String host, int port) {
		return new DatabaseProxy(host, port);
	}

	int port() {
		return this.port;
	}

	/** The database goes away: connections die, new ones are refused. */
	synchronized void cut() {
		ServerSocket listening = this.server;
		this.server = null;
		close(listening);
		this.open.forEach(DatabaseProxy::close);
		this.open.clear();
	}

	/** The database is back on the same address. */
	synchronized void restore() {
		if (this.server == null) {
			this.server = listen(this.port);
			accept(this.server);
		}
	}

	private static ServerSocket listen(int port) {
		try {
			ServerSocket socket = new ServerSocket();
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
			return socket;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot listen on port " + port, ex);
		}
	}

	private void accept(ServerSocket listening) {
		Thread.ofPlatform().daemon().name("db-proxy-accept").start(() -> {
			while (!listening.isClosed()) {
				try {
					relay(listening.accept());
				}
				catch (IOException ex) {
					// closed by cut()
				}
			}
		});
	}

	private void relay(Socket client) throws IOException {
		Socket upstream = new Socket();
		try {
			upstream.connect(this.target, 2000);
		}
		catch (IOException ex) {
			close(client);
			throw ex;
		}
		this.open.add(client);
		this.open.add(upstream);
		pump(client, upstream);
		pump(upstream, client);
	}

	private void pump(Socket from, Socket to) {
		Thread.ofPlatform().daemon().name("db-proxy-pump").start(() -> {
			byte[] buffer = new byte[16 * 1024];
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
					out.write(buffer, 0, read);
					out.flush();
				}
			}
			catch (IOException ex) {
				// one side went away
			}
			finally {
				close(from);
				close(to);
				this.open.remove(from);
				this.open.remove(to);
			}
		});
	}

	private static void close(@Nullable AutoCloseable closeable) {
		if (closeable == null) {
			return;
		}
		try {
			closeable.close();
		}
		catch (Exception ex) {
			// closing anyway
		}
	}

}
