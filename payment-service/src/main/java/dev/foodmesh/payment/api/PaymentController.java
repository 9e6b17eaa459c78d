package dev.foodmesh.payment.api;

import java.util.List;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.foodmesh.payment.application.Payments;
import dev.foodmesh.payment.domain.OrderId;
import dev.foodmesh.payment.domain.PaymentId;
import dev.foodmesh.web.problem.NotFoundException;

/**
 * Read-only: payments change only through the order saga's events. A missing or non-UUID
 * id is a 400 and an unknown payment a 404, both as problem+json (web-support).
 */
@RestController
@RequestMapping(path = "/payments", produces = MediaType.APPLICATION_JSON_VALUE)
class PaymentController {

	private final Payments payments;

	PaymentController(Payments payments) {
		this.payments = payments;
	}

	@GetMapping
	Mono<PaymentListView> ofOrder(@RequestParam UUID orderId) {
		return payments.findByOrderId(new OrderId(orderId))
			.map(payment -> List.of(PaymentView.of(payment)))
			.defaultIfEmpty(List.of())
			.map(PaymentListView::new);
	}

	@GetMapping("/{id}")
	Mono<PaymentView> byId(@PathVariable UUID id) {
		return payments.findById(new PaymentId(id))
			.map(PaymentView::of)
			.switchIfEmpty(Mono.error(() -> new NotFoundException("payment-not-found", "No payment " + id)));
	}

}
