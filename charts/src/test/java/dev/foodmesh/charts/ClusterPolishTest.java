package dev.foodmesh.charts;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The polish list of issue 10's cluster review (section 4), one assertion group per item.
 */
class ClusterPolishTest {

	static final List<String> VALUE_SETS = RenderedChart.ALL_VALUE_SETS;

	final RenderedChart chart = RenderedChart.of("default");

	@Test
	void shouldGiveNotesANamespaceAndALoadBalancerHostName() {
		String rendered = ChartTools
			.helm(List.of("install", "foodmesh", ChartTools.CHART.toString(), "-n", "foodmesh", "--dry-run=client"))
			.stdout();

		assertThat(rendered).contains("helm upgrade foodmesh charts/foodmesh -n foodmesh --reuse-values")
			.contains("{.status.loadBalancer.ingress[0].ip}{.status.loadBalancer.ingress[0].hostname}");
	}

	@Test
	void shouldUseNoGnuOnlyToolsInTheScriptsAndCommandsUsersRun() throws Exception {
		for (String file : List.of("istio/jwt/mint-token.sh", "istio/jwt/generate-keypair.sh",
				"istio/make-tls-secret.sh")) {
			assertThat(ClusterFindingsTest.read(file)).as(file)
				.doesNotContain("base64 -w", "xxd", "/proc/sys/kernel/random/uuid");
		}
		assertThat(ClusterFindingsTest.read("docs/deploy.md")).doesNotContain("$(cat /proc/sys/kernel/random/uuid)")
			.contains("uuidgen");
		assertThat(ClusterFindingsTest.read("istio/addons.md"))
			.doesNotContainPattern("rollout status( deploy/\\S+){2,}");
	}

	@Test
	void shouldGovernPostgresWithAHeadlessService() {
		Map<String, Object> sts = this.chart.get("StatefulSet", "foodmesh-postgres");
		Map<String, Object> governing = this.chart.get("Service", Yamls.str(sts, "spec.serviceName"));

		assertThat(Yamls.str(governing, "spec.clusterIP")).isEqualTo("None");
		assertThat(Yamls.list(Yamls.map(sts, "spec.template.spec"), "volumes").toString()).contains("medium=Memory");
	}

	@Test
	void shouldLogKafkaToStdoutOnly() {
		Map<String, Object> kafka = Yamls
			.maps(this.chart.get("StatefulSet", "foodmesh-kafka"), "spec.template.spec.containers")
			.get(0);
		String log4j = String
			.valueOf(Yamls.map(this.chart.get("ConfigMap", "foodmesh-kafka"), "data").get("log4j2.properties"));

		assertThat(HelmTestHookTest.env(kafka))
			.containsEntry("KAFKA_LOG4J_OPTS", "-Dlog4j2.configurationFile=/etc/foodmesh/kafka/log4j2.properties")
			.containsEntry("EXTRA_ARGS", "-name kafkaServer");
		assertThat(log4j).contains("type = Console").doesNotContain("RollingFile", "type = File");
	}

	@ParameterizedTest(name = "{0}")
	@FieldSource("VALUE_SETS")
	void shouldPinImagesSpreadReplicasAndInjectNoServiceLinks(String valueSet) {
		RenderedChart rendered = RenderedChart.of(valueSet);
		rendered.podTemplates().forEach((id, pod) -> {
			assertThat(Yamls.at(pod, "spec.enableServiceLinks")).as("%s %s", valueSet, id).isEqualTo(false);
			Yamls.maps(pod, "spec.containers")
				.forEach((c) -> assertThat(String.valueOf(c.get("image"))).as("%s %s", valueSet, id)
					.matches(".*:\\d+\\.\\d+(\\.\\d+)?(-SNAPSHOT)?$"));
		});
		rendered.ofKind("Deployment")
			.forEach((d) -> assertThat(Yamls.list(d, "spec.template.spec.topologySpreadConstraints"))
				.as("%s %s", valueSet, Yamls.str(d, "metadata.name"))
				.isNotEmpty());
		rendered.find("StatefulSet", "foodmesh-kafka")
			.filter((k) -> ((Number) Yamls.at(k, "spec.replicas")).intValue() > 1)
			.ifPresent((k) -> assertThat(Yamls.map(k, "spec.template.spec.affinity.podAntiAffinity")).isNotEmpty());
	}

	@Test
	void shouldScaleConsumersNoFurtherThanThePartitionsAndRideOutStartupSpikes() {
		ChartTools.Result tooMany = RenderedChart.template("--set", "default.autoscaling.enabled=true", "--set",
				"default.autoscaling.maxReplicas=8");
		Map<String, Object> hpa = RenderedChart.of("ha-demo").get("HorizontalPodAutoscaler", "order-service");

		assertThat(tooMany.exitCode()).isNotZero();
		assertThat(tooMany.stderr()).contains("exceeds kafka.topics.partitions (6)");
		assertThat(Yamls.at(hpa, "spec.behavior.scaleUp.stabilizationWindowSeconds")).isEqualTo(60);
	}

	@Test
	void shouldInjectARevisionedIstioWithItsRevisionLabel() {
		String text = RenderedChart.template("--set", "mesh.revision=1-30").stdout();
		Map<String, Object> labels = Yamls.map(
				new RenderedChart("rev", RenderedChart.parse("rev", text)).get("Deployment", "order-service"),
				"spec.template.metadata.labels");

		assertThat(labels).containsEntry("istio.io/rev", "1-30").doesNotContainKey("sidecar.istio.io/inject");
	}

	@Test
	void shouldTellTheDeployGuideWhatALaptopSkipsAndAProductionInstallNeeds() throws Exception {
		String deploy = ClusterFindingsTest.read("docs/deploy.md");
		String addons = ClusterFindingsTest.read("istio/addons.md");

		assertThat(deploy).contains("kubectl -n foodmesh rollout restart deploy/order-service", "cert-manager.io/v1",
				"kind: Certificate", "## What a production install changes", "no Kubernetes cluster and no Docker");
		assertThat(addons).contains("load test", "1–10 %");
		assertThat(Yamls.map(IstioOverlayTest.OVERLAY, "spec.components.pilot.k8s.resources.requests"))
			.containsEntry("memory", "512Mi");
	}

	@Test
	void shouldNameThePodAndNodeOfEverySpan() {
		Map<String, Object> container = Yamls
			.maps(this.chart.get("Deployment", "order-service"), "spec.template.spec.containers")
			.get(0);

		assertThat(HelmTestHookTest.env(container).get("OTEL_RESOURCE_ATTRIBUTES"))
			.contains("k8s.pod.name=$(K8S_POD_NAME)", "k8s.node.name=$(K8S_NODE_NAME)", "service.namespace=foodmesh");
		assertThat(String.valueOf(Yamls.list(container, "env"))).contains("fieldPath=metadata.name",
				"fieldPath=spec.nodeName");
	}

	@Test
	void shouldReachExternalPostgresGivenByIpAddress() {
		String text = RenderedChart
			.template("--set", "postgres.mode=external", "--set", "postgres.external.host=10.0.0.7")
			.stdout();
		RenderedChart ip = new RenderedChart("ip", RenderedChart.parse("ip", text));
		Map<String, Object> entry = ip.get("ServiceEntry", "foodmesh-external-postgres");

		assertThat(IstioSemantics.violations(ip.objects())).isEmpty();
		assertThat(Yamls.list(entry, "spec.addresses")).containsExactly("10.0.0.7");
		assertThat(Yamls.str(entry, "spec.resolution")).isEqualTo("STATIC");
		assertThat(Yamls.list(Yamls.maps(ip.get("Sidecar", "order-service"), "spec.egress").get(0), "hosts"))
			.contains("./" + Yamls.list(entry, "spec.hosts").get(0));
		assertThat(Yamls.map(ip.get("ConfigMap", "order-service"), "data")).containsEntry("FOODMESH_DB_HOST",
				"10.0.0.7");
	}

	@Test
	void shouldKeepTheChartsKubernetesFloorWhereItsFieldsNeedIt() throws Exception {
		assertThat(Files.readString(ChartTools.CHART.resolve("Chart.yaml"))).contains("kubeVersion: \">=1.30.0-0\"");
	}

}
