package dev.foodmesh.web.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * The lines of an order or a quote name each menu item once. Duplicates are refused
 * rather than merged, so that each priced line answers exactly one requested line and the
 * quantity limit holds per item.
 */
@Documented
@Constraint(validatedBy = DistinctMenuItemsValidator.class)
@Target({ ElementType.FIELD, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface DistinctMenuItems {

	String message() default "must list each menuItemId once; put the total in its quantity";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
