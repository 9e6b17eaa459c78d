package dev.foodmesh.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/**
 * Finds free local TCP ports and tells whether a port is taken.
 */
public final class FreePorts {

	private FreePorts() {
	}

	/**
	 * A port that was free a moment ago (the OS picks it; another process could still
	 * take it).
	 */
	public static int find() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No free local port", ex);
		}
	}

	/**
	 * Whether something already listens on {@code port}: tries to bind the wildcard and
	 * the loopback address, as servers bound to either would make our bind fail.
	 */
	public static boolean isTaken(int port) {
		return !canBind(new InetSocketAddress(port))
				|| !canBind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
	}

	private static boolean canBind(InetSocketAddress address) {
		try (ServerSocket socket = new ServerSocket()) {
			socket.setReuseAddress(true);
			socket.bind(address, 1);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
