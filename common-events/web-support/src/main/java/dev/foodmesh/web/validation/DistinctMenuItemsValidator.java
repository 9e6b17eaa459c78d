package dev.foodmesh.web.validation;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Public because Hibernate Validator instantiates it reflectively. */
public final class DistinctMenuItemsValidator
		implements ConstraintValidator<DistinctMenuItems, List<? extends @Nullable MenuItemLine>> {

	@Override
	public boolean isValid(@Nullable List<? extends @Nullable MenuItemLine> items, ConstraintValidatorContext context) {
		if (items == null) {
			return true;
		}
		Set<UUID> seen = new HashSet<>();
		return items.stream()
			.filter(Objects::nonNull)
			.map(MenuItemLine::menuItemId)
			.filter(Objects::nonNull)
			.allMatch(seen::add);
	}

}
