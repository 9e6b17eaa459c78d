package dev.foodmesh.e2e.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An end-to-end journey on the shared {@link Fleet}: its constructor or methods may take
 * the {@code Fleet}. Journeys run one at a time, in their {@code @Order}, so counts and
 * couriers are not shared with another journey in flight.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(FleetExtension.class)
@Tag("e2e")
@Timeout(value = 3, unit = TimeUnit.MINUTES)
public @interface JourneyTest {

}
