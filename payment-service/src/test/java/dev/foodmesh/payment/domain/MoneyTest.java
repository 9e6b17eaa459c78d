package dev.foodmesh.payment.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MoneyTest {

	@Test
	void shouldAcceptZeroAndPositiveMinorUnitsOfAnIsoCurrency() {
		assertThat(new Money(0, "EUR").amount()).isZero();
		assertThat(new Money(1250, "USD").currency()).isEqualTo("USD");
	}

	@Test
	void shouldRejectNegativeAmounts() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Money(-1, "EUR")).withMessageContaining("-1");
	}

	@Test
	void shouldRejectCurrenciesThatAreNotIsoCodes() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Money(100, "eur"));
		assertThatIllegalArgumentException().isThrownBy(() -> new Money(100, "EURO"));
	}

	@Test
	void shouldRejectBlankPaymentTokens() {
		assertThatIllegalArgumentException().isThrownBy(() -> new PaymentToken(" "));
	}

}
