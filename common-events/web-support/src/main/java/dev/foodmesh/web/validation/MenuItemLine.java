package dev.foodmesh.web.validation;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One line of an order or a quote request as clients send it, so that
 * {@link DistinctMenuItems} can check both contracts the same way. Nullable because
 * validation runs before anything else reads it.
 */
public interface MenuItemLine {

	@Nullable UUID menuItemId();

}
