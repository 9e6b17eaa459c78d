package dev.foodmesh.infra;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class TestBackendTest {

	@Test
	void shouldRunInTheJvmUnlessTestcontainersIsAskedFor() {
		assertThat(TestBackend.from(null)).isEqualTo(TestBackend.IN_JVM);
		assertThat(TestBackend.from(" ")).isEqualTo(TestBackend.IN_JVM);
		assertThat(TestBackend.from("in-jvm")).isEqualTo(TestBackend.IN_JVM);
		assertThat(TestBackend.from(" Testcontainers ")).isEqualTo(TestBackend.TESTCONTAINERS);
	}

	@Test
	void shouldNameTheChoicesWhenTheValueIsNone() {
		assertThatIllegalArgumentException().isThrownBy(() -> TestBackend.from("docker"))
			.withMessage("-Dfoodmesh.test.infra=docker is not a test backend; use in-jvm or testcontainers");
	}

	@Test
	void shouldStopAtOnceWithoutADockerEngineAndSayWhy() {
		assertThatIllegalStateException().isThrownBy(() -> Containers.requireDocker(() -> false))
			.withMessageStartingWith("-Dfoodmesh.test.infra=testcontainers needs a Docker engine, and none answered")
			.withMessageContaining("drop the option");
	}

	@Test
	void shouldRunTheKafkaImageOfTheClientVersionOnTheClassPath() {
		assertThat(ContainerKafka.image())
			.isEqualTo("apache/kafka:" + org.apache.kafka.common.utils.AppInfoParser.getVersion())
			.doesNotEndWith("unknown");
	}

}
