package dev.foodmesh.order.api;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;

import dev.foodmesh.infra.DevIssuer;
import dev.foodmesh.order.application.CancelOrder;
import dev.foodmesh.order.application.OrderQueries;
import dev.foodmesh.order.application.Orders;
import dev.foodmesh.order.application.PlaceOrder;
import dev.foodmesh.order.application.WatchOrder;

/**
 * The order routes in a WebFlux slice with their real access rules and tokens of the
 * development issuer, every use case mocked: what the controller tests share.
 */
@WebFluxTest(controllers = { OrderController.class, OrderQueryController.class }, properties = DevIssuer.JWKS_PROPERTY)
@Import({ OrderAccess.class, OrderAccessRules.class, OrderRoutesSlice.Admission.class })
abstract class OrderRoutesSlice {

	@Autowired
	protected WebTestClient client;

	@MockitoBean
	protected PlaceOrder placeOrder;

	@MockitoBean
	protected CancelOrder cancelOrder;

	@MockitoBean
	protected Orders orders;

	@MockitoBean
	protected OrderQueries queries;

	@MockitoBean
	protected WatchOrder watchOrder;

	/** Sends Alice's customer token with every request of {@link #client} from now on. */
	protected void actAsAlice() {
		this.client = this.client.mutate()
			.defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + DevIssuer.customer(OrderRequests.USER))
			.build();
	}

	/** Room for {@link #ADMITTED} placements at once, so that a test can fill it. */
	@TestConfiguration(proxyBeanMethods = false)
	static class Admission {

		static final int ADMITTED = 2;

		@Bean
		PlacementAdmission placementAdmission() {
			return new PlacementAdmission(ADMITTED);
		}

	}

}
