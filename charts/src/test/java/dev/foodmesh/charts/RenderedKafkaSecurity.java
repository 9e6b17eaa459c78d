package dev.foodmesh.charts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the chart's topics Job does on the bundled broker, read from its rendered script:
 * the topics it creates ({@code create <topic> <partitions>}), the SCRAM credential it
 * sets per service ({@code scram <user> "${VAR}"}), each ACL it adds
 * ({@code acl <principal> <operation> --topic|--group <name> ...}, kafka-acls.sh's own
 * arguments) and the client settings it connects with. Tests check these lines, and apply
 * them to a real broker, instead of trusting the template.
 */
record RenderedKafkaSecurity(Map<String, Integer> topics, Map<String, String> scramPasswordVariables, List<Acl> acls,
		String clientProperties) {

	/** One allowed operation of a principal on a literal topic or consumer group. */
	record Acl(String principal, String operation, String resourceType, String name) {
	}

	private static final Pattern CREATE = Pattern.compile("(?m)^\\s*create (\\S+) (\\d+)$");

	private static final Pattern SCRAM = Pattern.compile("(?m)^\\s*scram (\\S+) \"\\$\\{(\\w+)}\"$");

	private static final Pattern ACL = Pattern.compile("(?m)^\\s*acl (\\S+) (\\w+) (.+)$");

	private static final Pattern RESOURCE = Pattern.compile("--(topic|group) (\\S+)");

	private static final Pattern CLIENT_PROPERTIES = Pattern
		.compile("(?s)cat > /tmp/client.properties <<EOF\\n(.*?)\\n\\s*EOF");

	static RenderedKafkaSecurity of(RenderedChart chart) {
		Map<String, Object> job = chart.ofKind("Job")
			.findFirst()
			.orElseThrow(() -> new AssertionError("no topics Job in " + chart.valueSet()));
		String script = String
			.valueOf(Yamls.list(Yamls.maps(job, "spec.template.spec.containers").get(0), "args").get(0));
		Map<String, Integer> topics = new LinkedHashMap<>();
		Matcher create = CREATE.matcher(script);
		while (create.find()) {
			topics.put(create.group(1), Integer.parseInt(create.group(2)));
		}
		Map<String, String> scram = new LinkedHashMap<>();
		Matcher user = SCRAM.matcher(script);
		while (user.find()) {
			scram.put(user.group(1), user.group(2));
		}
		List<Acl> acls = new ArrayList<>();
		Matcher acl = ACL.matcher(script);
		while (acl.find()) {
			Matcher resource = RESOURCE.matcher(acl.group(3));
			while (resource.find()) {
				acls.add(new Acl(acl.group(1), acl.group(2), resource.group(1), resource.group(2)));
			}
		}
		Matcher client = CLIENT_PROPERTIES.matcher(script);
		String clientProperties = client.find() ? client.group(1).replaceAll("(?m)^\\s+", "") : "";
		return new RenderedKafkaSecurity(topics, scram, acls, clientProperties);
	}

	List<Acl> of(String principal) {
		return this.acls.stream().filter((acl) -> acl.principal().equals(principal)).toList();
	}

}
