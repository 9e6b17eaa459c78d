package dev.foodmesh.restaurant.api;

import java.util.Currency;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Public because Hibernate Validator instantiates it reflectively. */
public final class IsoCurrencyValidator implements ConstraintValidator<IsoCurrency, String> {

	private static final Set<String> CODES = Currency.getAvailableCurrencies()
		.stream()
		.map(Currency::getCurrencyCode)
		.collect(Collectors.toUnmodifiableSet());

	@Override
	public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
		return value == null || CODES.contains(value);
	}

}
