package dev.foodmesh.payment.api;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;

import dev.foodmesh.infra.DevIssuer;
import dev.foodmesh.payment.application.Payments;
import dev.foodmesh.payment.domain.Payment;
import dev.foodmesh.payment.domain.PaymentFixtures;
import dev.foodmesh.testsupport.TokenClients;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;

@WebFluxTest(controllers = PaymentController.class, properties = DevIssuer.JWKS_PROPERTY)
@Import(PaymentAccessRules.class)
class PaymentControllerTest {

	private static final String PROBLEMS = "https://foodmesh.dev/problems/";

	@Autowired
	private WebTestClient client;

	@BeforeEach
	void authenticate() {
		client = TokenClients.sending(client, DevIssuer.operator());
	}

	@MockitoBean
	private Payments payments;

	@Test
	void shouldListTheOrdersPaymentWithoutADeclineReasonWhenAuthorized() {
		Payment.Authorized payment = PaymentFixtures.anAuthorizedPayment();
		given(payments.findByOrderId(payment.orderId())).willReturn(Mono.just(payment));

		client.get()
			.uri("/payments?orderId={id}", payment.orderId().value())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items.length()")
			.isEqualTo(1)
			.jsonPath("$.items[0].id")
			.isEqualTo(payment.id().toString())
			.jsonPath("$.items[0].orderId")
			.isEqualTo(payment.orderId().toString())
			.jsonPath("$.items[0].status")
			.isEqualTo("AUTHORIZED")
			.jsonPath("$.items[0].amount.amount")
			.isEqualTo(2100)
			.jsonPath("$.items[0].amount.currency")
			.isEqualTo("EUR")
			.jsonPath("$.items[0].createdAt")
			.isEqualTo("2026-01-15T12:00:00Z")
			.jsonPath("$.items[0].updatedAt")
			.isEqualTo("2026-01-15T12:00:00Z")
			.jsonPath("$.items[0].declineReason")
			.doesNotExist()
			.jsonPath("$.items[0].token")
			.doesNotExist();
	}

	@Test
	void shouldShowTheDeclineReasonOfADeclinedPayment() {
		Payment.Declined payment = PaymentFixtures.aDeclinedPayment();
		given(payments.findById(payment.id())).willReturn(Mono.just(payment));

		client.get()
			.uri("/payments/{id}", payment.id().value())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("DECLINED")
			.jsonPath("$.declineReason")
			.isEqualTo("CARD_DECLINED");
	}

	@Test
	void shouldAnswerAnEmptyListForAnOrderWithoutPayment() {
		given(payments.findByOrderId(any())).willReturn(Mono.empty());

		client.get()
			.uri("/payments?orderId={id}", UUID.randomUUID())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.json("{\"items\":[]}");
	}

	@Test
	void shouldAnswerNotFoundForAnUnknownPayment() {
		given(payments.findById(any())).willReturn(Mono.empty());

		expectProblem("/payments/" + UUID.randomUUID(), HttpStatus.NOT_FOUND, "payment-not-found");
	}

	@Test
	void shouldRejectAMissingOrderId() {
		expectProblem("/payments", HttpStatus.BAD_REQUEST, "invalid-parameter");
	}

	@Test
	void shouldRejectAnOrderIdThatIsNotAUuid() {
		expectProblem("/payments?orderId=42", HttpStatus.BAD_REQUEST, "invalid-parameter");
	}

	@Test
	void shouldRejectAnEmptyOrderId() {
		expectProblem("/payments?orderId=", HttpStatus.BAD_REQUEST, "invalid-parameter");
	}

	@Test
	void shouldRejectAPaymentIdThatIsNotAUuid() {
		expectProblem("/payments/not-a-uuid", HttpStatus.BAD_REQUEST, "invalid-parameter");
	}

	@Test
	void shouldRejectWritesToPayments() {
		client.post()
			.uri("/payments")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.METHOD_NOT_ALLOWED)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	private void expectProblem(String uri, HttpStatus status, String slug) {
		client.get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isEqualTo(status)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(PROBLEMS + slug)
			.jsonPath("$.detail")
			.isNotEmpty()
			.jsonPath("$.instance")
			.isEqualTo(uri.replaceFirst("\\?.*", ""));
	}

	@Test
	void shouldShowPaymentsOnlyToOperators() {
		String orderId = UUID.randomUUID().toString();
		WebTestClient customer = TokenClients.sending(client, DevIssuer.customer(UUID.randomUUID()));
		WebTestClient anonymous = client.mutate()
			.defaultHeaders((headers) -> headers.remove(HttpHeaders.AUTHORIZATION))
			.build();

		customer.get()
			.uri("/payments?orderId={id}", orderId)
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(PROBLEMS + "forbidden");
		anonymous.get()
			.uri("/payments?orderId={id}", orderId)
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(PROBLEMS + "unauthorized");
		verifyNoInteractions(payments);
	}

}
