package dev.foodmesh.web;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/** Anchors the {@code @WebFluxTest} slices of this module; the slice picks up {@link TestController}. */
@SpringBootApplication
@Import(OperatorToken.class)
class TestApplication {

}
