package dev.foodmesh.testsupport;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import dev.foodmesh.infra.DevIssuer;

/**
 * Base of a service's integration tests: the whole service on random API and management
 * ports, reached through {@link #http}, which sends {@link #token()} with every request.
 * BlockHound watches every event loop (blockhound-junit-platform). A subclass names its
 * database and broker, {@code @ContextConfiguration(initializers =
 * TestInfrastructure.OrderService.class)}, and its own properties with
 * {@code @TestPropertySource}; classes that share both share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = { "management.server.port=0", "logging.level.org.apache.kafka=warn",
		"logging.level.kafka=warn", "logging.level.state.change.logger=warn" })
// generous: a cold JVM's first request on a busy 2-core machine can take seconds
@AutoConfigureWebTestClient(timeout = "30s")
public abstract class RunningServiceTest {

	/** The service's API port, as {@link #token()}'s caller. */
	@Autowired
	protected WebTestClient http;

	@LocalManagementPort
	protected int managementPort;

	@BeforeEach
	protected void sendToken() {
		this.http = TokenClients.sending(this.http, token());
	}

	/** The token {@link #http} sends: an operator's unless a subclass says otherwise. */
	protected String token() {
		return DevIssuer.operator();
	}

}
