package dev.foodmesh.web;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Anchors the {@code @WebFluxTest} slices of this module; the slice picks up {@link TestController}. */
@SpringBootApplication
class TestApplication {

}
