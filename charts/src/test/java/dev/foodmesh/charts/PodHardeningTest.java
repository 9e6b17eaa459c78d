package dev.foodmesh.charts;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every pod of every value set (services, Kafka, Postgres, the topics Job): non-root,
 * read-only root filesystem, no privilege escalation, all capabilities dropped, seccomp
 * RuntimeDefault, requests and limits, no API token; every service with its own
 * ServiceAccount, actuator probes and a PodDisruptionBudget.
 */
class PodHardeningTest {

	static final List<String> VALUE_SETS = RenderedChart.VALUE_SETS;

	@ParameterizedTest(name = "{0}")
	@FieldSource("VALUE_SETS")
	void shouldHardenEveryPod(String valueSet) {
		Map<String, Map<String, Object>> pods = RenderedChart.of(valueSet).podTemplates();

		assertThat(pods).isNotEmpty();
		pods.forEach((id, pod) -> {
			Map<String, Object> spec = Yamls.map(pod, "spec");
			assertThat(Yamls.at(spec, "securityContext.runAsNonRoot")).as("%s runAsNonRoot", id).isEqualTo(true);
			assertThat(Yamls.str(spec, "securityContext.seccompProfile.type")).as(id).isEqualTo("RuntimeDefault");
			assertThat(spec.get("automountServiceAccountToken")).as("%s token", id).isEqualTo(false);
			assertThat(spec.get("hostNetwork")).as(id).isNull();
			for (Map<String, Object> container : Yamls.maps(spec, "containers")) {
				String name = id + "/" + container.get("name");
				assertThat(Yamls.at(container, "securityContext.runAsNonRoot")).as(name).isEqualTo(true);
				assertThat(Yamls.at(container, "securityContext.allowPrivilegeEscalation")).as(name).isEqualTo(false);
				assertThat(Yamls.at(container, "securityContext.readOnlyRootFilesystem")).as(name).isEqualTo(true);
				assertThat(Yamls.at(container, "securityContext.privileged")).as(name).isIn(null, false);
				assertThat(Yamls.list(container, "securityContext.capabilities.drop")).as(name).contains("ALL");
				assertThat(Yamls.list(container, "securityContext.capabilities.add")).as(name).isEmpty();
				assertThat(Yamls.map(container, "resources.requests")).as(name).containsKeys("cpu", "memory");
				assertThat(Yamls.map(container, "resources.limits")).as(name).containsKeys("cpu", "memory");
			}
		});
	}

	@ParameterizedTest(name = "{0}")
	@FieldSource("VALUE_SETS")
	void shouldGiveEveryServiceItsIdentityProbesAndDisruptionBudget(String valueSet) {
		RenderedChart chart = RenderedChart.of(valueSet);
		for (String service : RenderedChart.SERVICES) {
			Map<String, Object> deployment = chart.get("Deployment", service);
			Map<String, Object> container = Yamls.maps(deployment, "spec.template.spec.containers").get(0);

			assertThat(Yamls.str(deployment, "spec.template.spec.serviceAccountName")).isEqualTo(service);
			assertThat(chart.find("ServiceAccount", service)).isPresent();
			assertProbe(container, "startupProbe", "/actuator/health/liveness");
			assertProbe(container, "livenessProbe", "/actuator/health/liveness");
			assertProbe(container, "readinessProbe", "/actuator/health/readiness");
			assertThat(Yamls.maps(container, "ports")).extracting((p) -> p.get("containerPort"))
				.containsExactly(8080, 8081);
			Map<String, Object> pdb = chart.get("PodDisruptionBudget", service);
			assertThat(Yamls.map(pdb, "spec.selector.matchLabels"))
				.isEqualTo(Yamls.map(deployment, "spec.selector.matchLabels"));
		}
	}

	@ParameterizedTest(name = "{0}")
	@FieldSource("VALUE_SETS")
	void shouldScaleWithAnHpaOnlyWhenEnabled(String valueSet) {
		RenderedChart chart = RenderedChart.of(valueSet);
		boolean autoscaled = valueSet.equals("ha-demo");

		assertThat(chart.ofKind("HorizontalPodAutoscaler")).hasSize(autoscaled ? 5 : 0);
		chart.ofKind("Deployment")
			.forEach((d) -> assertThat(Yamls.at(d, "spec.replicas")).as(Yamls.str(d, "metadata.name"))
				.matches((r) -> autoscaled == (r == null)));
	}

	private static void assertProbe(Map<String, Object> container, String probe, String path) {
		assertThat(Yamls.str(container, probe + ".httpGet.path")).as(probe).isEqualTo(path);
		assertThat(Yamls.str(container, probe + ".httpGet.port")).as(probe).isEqualTo("http-management");
	}

}
