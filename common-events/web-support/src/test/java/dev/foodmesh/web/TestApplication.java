package dev.foodmesh.web;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

import dev.foodmesh.testsupport.OperatorToken;

/**
 * Anchors the {@code @WebFluxTest} slices of this module, which pick up the test
 * controllers of its packages.
 */
@SpringBootApplication
@Import(OperatorToken.class)
class TestApplication {

}
