package dev.foodmesh.payment.application;

import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import dev.foodmesh.payment.domain.DeclineReason;
import dev.foodmesh.payment.domain.Money;
import dev.foodmesh.payment.domain.OrderId;
import dev.foodmesh.payment.domain.Payment;
import dev.foodmesh.payment.domain.PaymentEvent;
import dev.foodmesh.payment.domain.PaymentStatus;

import static dev.foodmesh.payment.application.PaymentsTestbed.charge;
import static dev.foodmesh.payment.domain.PaymentFixtures.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

class AuthorizePaymentTest {

    private final PaymentsTestbed testbed = new PaymentsTestbed();

    @Test
    void shouldAuthorizeTheOrderTotalAndAnnounceItWhenThePspApproves() {
        OrderId order = anOrder();

        StepVerifier.create(testbed.authorizePayment.authorize(charge(order, new Money(4599, "EUR"))))
            .assertNext(result -> assertThat(result).isInstanceOfSatisfying(AuthorizePaymentResult.Processed.class,
                    processed -> assertThat(processed.payment().status()).isEqualTo(PaymentStatus.AUTHORIZED)))
            .verifyComplete();

        assertThat(testbed.payments.all()).singleElement()
            .satisfies(payment -> assertThat(payment.details().amount()).isEqualTo(new Money(4599, "EUR")));
        assertThat(testbed.published).singleElement().isInstanceOf(PaymentEvent.Authorized.class);
    }

    @Test
    void shouldStoreTheDeclineWithItsReasonAndAnnounceIt() {
        StepVerifier.create(testbed.authorizePayment.authorize(charge(anOrder(), "tok_insufficient_funds")))
            .assertNext(result -> assertThat(result).isInstanceOfSatisfying(AuthorizePaymentResult.Processed.class,
                    processed -> assertThat(processed.payment()).isInstanceOfSatisfying(Payment.Declined.class,
                            declined -> assertThat(declined.reason()).isEqualTo(DeclineReason.INSUFFICIENT_FUNDS))))
            .verifyComplete();

        assertThat(testbed.published).singleElement()
            .isInstanceOfSatisfying(PaymentEvent.Declined.class,
                    declined -> assertThat(declined.reason()).isEqualTo(DeclineReason.INSUFFICIENT_FUNDS));
    }

    @Test
    void shouldNotChargeAnOrderTwiceWhenAskedAgain() {
        OrderId order = anOrder();
        testbed.authorized(order, "tok_visa");

        StepVerifier.create(testbed.authorizePayment.authorize(charge(order, "tok_visa")))
            .assertNext(result -> assertThat(result).isInstanceOf(AuthorizePaymentResult.AlreadyProcessed.class))
            .verifyComplete();

        assertThat(testbed.gateway.charged()).hasSize(1);
        assertThat(testbed.payments.all()).hasSize(1);
        assertThat(testbed.published).isEmpty();
    }

    @Test
    void shouldNotRetryADeclineWhenAskedAgain() {
        OrderId order = anOrder();
        testbed.authorized(order, "tok_declined");

        StepVerifier.create(testbed.authorizePayment.authorize(charge(order, "tok_visa")))
            .assertNext(result -> assertThat(result).isInstanceOfSatisfying(
                    AuthorizePaymentResult.AlreadyProcessed.class,
                    processed -> assertThat(processed.payment().status()).isEqualTo(PaymentStatus.DECLINED)))
            .verifyComplete();

        assertThat(testbed.gateway.charged()).hasSize(1);
    }

    @Test
    void shouldNeverChargeAnOrderCancelledBeforeItWasPaid() {
        OrderId order = anOrder();
        testbed.releasePayment.release(new ReleasePaymentCommand(order, true)).block();

        StepVerifier.create(testbed.authorizePayment.authorize(charge(order, "tok_visa")))
            .expectNext(new AuthorizePaymentResult.OrderCancelled(order))
            .verifyComplete();

        assertThat(testbed.gateway.charged()).isEmpty();
        assertThat(testbed.payments.all()).isEmpty();
        assertThat(testbed.published).isEmpty();
    }

    @Test
    void shouldFailWithoutStoringAnythingWhenThePspGivesNoAnswer() {
        testbed.gateway.leaveUnanswered(1);

        StepVerifier.create(testbed.authorizePayment.authorize(charge(anOrder(), "tok_visa")))
            .verifyError(PspUnavailableException.class);

        assertThat(testbed.payments.all()).isEmpty();
        assertThat(testbed.published).isEmpty();
    }

    @Test
    void shouldAuthorizeWhenRetriedAfterThePspGaveNoAnswer() {
        OrderId order = anOrder();
        testbed.gateway.leaveUnanswered(1);
        StepVerifier.create(testbed.authorizePayment.authorize(charge(order, "tok_visa")))
            .verifyError(PspUnavailableException.class);

        StepVerifier.create(testbed.authorizePayment.authorize(charge(order, "tok_visa")))
            .assertNext(result -> assertThat(result).isInstanceOf(AuthorizePaymentResult.Processed.class))
            .verifyComplete();

        assertThat(testbed.payments.all()).singleElement()
            .satisfies(payment -> assertThat(payment.status()).isEqualTo(PaymentStatus.AUTHORIZED));
    }

}
