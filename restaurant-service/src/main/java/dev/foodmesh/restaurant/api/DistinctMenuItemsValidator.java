package dev.foodmesh.restaurant.api;

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
        implements ConstraintValidator<DistinctMenuItems, List<QuoteRequest.@Nullable Item>> {

    @Override
    public boolean isValid(@Nullable List<QuoteRequest.@Nullable Item> items, ConstraintValidatorContext context) {
        if (items == null) {
            return true;
        }
        Set<UUID> seen = new HashSet<>();
        return items.stream()
            .filter(Objects::nonNull)
            .map(QuoteRequest.Item::menuItemId)
            .filter(Objects::nonNull)
            .allMatch(seen::add);
    }

}
