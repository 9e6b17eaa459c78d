package dev.foodmesh.order.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text Postgres cannot store, sent to the real service: a 400 naming the field before
 * anything is written, where it used to fail in the insert (SQLSTATE 22021) as a 500.
 */
class BadInputIT extends OrderServiceITSupport {

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "street", "city", "postalCode", "paymentToken" })
	void shouldRefuseANulCharacterInAnyStringFieldAndWriteNothing(String field) {
		String user = UUID.randomUUID().toString();
		String value = switch (field) {
			case "street" -> "Unter den Linden 1";
			case "city" -> "Berlin";
			case "postalCode" -> "10117";
			default -> "tok_visa";
		};
		String body = order(user).replace("\"" + value + "\"", "\"" + value + "\\u0000\"");
		assertThat(body).contains("\\u0000");

		post(UUID.randomUUID().toString(), body).expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo(field.equals("paymentToken") ? field : "deliveryAddress." + field);
		assertThat(ordersOf(user)).isZero();
	}

	@Test
	void shouldRefuseAnUnpairedSurrogate() {
		String user = UUID.randomUUID().toString();

		post(UUID.randomUUID().toString(), order(user).replace("Unter den Linden 1", "Unter den Linden \\ud800"))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("deliveryAddress.street");
		assertThat(ordersOf(user)).isZero();
	}

	/**
	 * Over HTTP/1.1 the NUL never reaches the application: Reactor Netty's request
	 * decoder refuses the header itself with a bare 400 (no body, connection closed). The
	 * shared filter's check of header values, which would answer a problem naming
	 * {@code Idempotency-Key}, is the second line (the web slice test shows it).
	 */
	@Test
	void shouldRefuseANulCharacterInTheIdempotencyKeyBeforeTheApplication() throws IOException {
		String user = UUID.randomUUID().toString();
		byte[] body = order(user).getBytes(StandardCharsets.UTF_8);
		// no HTTP client lets a NUL into a header: write the request by hand
		String head = "POST /orders HTTP/1.1\r\nHost: localhost\r\nIdempotency-Key: key\u0000" + user
				+ "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n";

		String answer = exchange(head.getBytes(StandardCharsets.UTF_8), body);

		assertThat(answer).startsWith("HTTP/1.1 400 ");
		assertThat(ordersOf(user)).isZero();
	}

	/**
	 * Sends the request's head, and its body only once the server has read the head
	 * without answering, then reads the answer's status line and headers. (A server that
	 * refuses the head closes the connection: a body sent anyway would make it reset the
	 * connection before the answer is read.)
	 */
	private String exchange(byte[] head, byte[] body) throws IOException {
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), this.port)) {
			socket.setSoTimeout(2_000);
			OutputStream out = socket.getOutputStream();
			out.write(head);
			out.flush();
			InputStream in = socket.getInputStream();
			StringBuilder answer = new StringBuilder();
			try {
				answer.append((char) in.read());
			}
			catch (SocketTimeoutException waitingForTheBody) {
				out.write(body);
				out.flush();
			}
			socket.setSoTimeout(30_000);
			for (int c = in.read(); c >= 0 && answer.indexOf("\r\n\r\n") < 0; c = in.read()) {
				answer.append((char) c);
			}
			return answer.toString();
		}
	}

	private int ordersOf(String user) {
		return client().get()
			.uri("/orders?userId={user}", user)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(PlaceOrderIT.Page.class)
			.returnResult()
			.getResponseBody()
			.totalItems();
	}

}
