package dev.foodmesh.testsupport.architecture;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.elements.ClassesShould;
import org.jspecify.annotations.Nullable;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The service anatomy of docs/conventions.md as ArchUnit rules, so that the five
 * services' ArchitectureTests check one shape instead of five copies of it. A layered
 * service ({@link #of}) has the rooms {@code domain}, {@code application} (use cases and
 * their ports), {@code config} and the adapters {@code api}, {@code persistence},
 * {@code messaging}, {@code metrics}, plus the adapter packages it names; each technology
 * stays in its room. Types of the messaging kit and Spring are named, not referenced:
 * infra depends on neither.
 */
public final class ServiceAnatomy {

	private static final List<String> ADAPTERS = List.of("api", "persistence", "messaging", "metrics");

	private static final String EVENT_HANDLER = "dev.foodmesh.messaging.EventHandler";

	private static final String EVENT_SUBSCRIPTION = "dev.foodmesh.messaging.EventSubscription";

	// transaction plumbing, not messaging: metrics and persistence count after commit,
	// persistence holds a batch's rows for its transaction
	private static final String AFTER_COMMIT = "dev.foodmesh.messaging.AfterCommit";

	private static final String TRANSACTION_HELD = "dev.foodmesh.messaging.TransactionHeld";

	private final String base;

	private final List<String> adapters;

	private final List<String> meterRooms = new ArrayList<>(List.of("metrics", "config"));

	private ServiceAnatomy(String base, List<String> adapters) {
		this.base = base;
		this.adapters = adapters;
	}

	/**
	 * A layered service under {@code basePackage}, with adapter packages besides the
	 * standard four (order's {@code lookup}, payment's {@code psp}).
	 */
	public static ServiceAnatomy of(String basePackage, String... moreAdapters) {
		return new ServiceAnatomy(basePackage, Stream.concat(ADAPTERS.stream(), Stream.of(moreAdapters)).toList());
	}

	/**
	 * An adapter that keeps meters of its own (payment's PSP simulator counts its calls).
	 */
	public ServiceAnatomy meteringAlsoIn(String adapter) {
		meterRooms.add(adapter);
		return this;
	}

	/** Every rule of the anatomy, and what every service keeps. */
	public ArchRule rules() {
		return CompositeArchRule
			.of(onlyTheseRooms(Stream.concat(Stream.of("domain", "application", "config"), adapters.stream())))
			.and(domainIsPlainJava())
			.and(applicationIsReactorOnly())
			.and(adaptersDoNotKnowEachOther())
			.and(portsLiveInApplication())
			.and(adapterNaming())
			.and(onlyIn("Micrometer", meterRooms, "io.micrometer.."))
			.and(onlyIn("R2DBC and Spring Data", List.of("persistence", "config"), "io.r2dbc..",
					"org.springframework.r2dbc..", "org.springframework.data.."))
			.and(webServerOnlyInApi())
			.and(messagingOnlyIn(List.of("messaging", "config")))
			.and(consumersAreComponentsInMessaging())
			.and(subscriptionsAreWiredInConfig())
			.and(EveryService.rules())
			.as("the service anatomy of docs/conventions.md");
	}

	/**
	 * The stated CRUD exception (user-service): one flat feature package holds
	 * controller, service and repository; no messaging at all.
	 */
	public static ArchRule crud(String basePackage, String feature) {
		ServiceAnatomy flat = new ServiceAnatomy(basePackage, List.of(feature));
		return CompositeArchRule.of(flat.onlyTheseRooms(Stream.of(feature)))
			.and(flat.messagingOnlyIn(List.of()))
			.and(EveryService.rules())
			.as("the CRUD exception of the service anatomy (docs/conventions.md)");
	}

	private String room(String name) {
		return base + "." + name + "..";
	}

	private String[] rooms(List<String> names) {
		return names.stream().map(this::room).toArray(String[]::new);
	}

	private ArchRule onlyTheseRooms(Stream<String> names) {
		String[] allowed = Stream.concat(Stream.of(base), names.map(this::room)).toArray(String[]::new);
		return classes().should().resideInAnyPackage(allowed).as("classes live in the rooms of the service anatomy");
	}

	private ArchRule domainIsPlainJava() {
		return classes().that()
			.resideInAPackage(room("domain"))
			.should()
			.onlyDependOnClassesThat()
			.resideInAnyPackage(room("domain"), "java..", "org.jspecify..")
			.as("the domain is plain Java");
	}

	private ArchRule applicationIsReactorOnly() {
		return classes().that()
			.resideInAPackage(room("application"))
			.should()
			.onlyDependOnClassesThat()
			.resideInAnyPackage(room("application"), room("domain"), "java..", "org.jspecify..", "reactor..",
					"org.slf4j..")
			.as("use cases and ports see the domain, Reactor and SLF4J, no framework and no adapter");
	}

	private ArchRule adaptersDoNotKnowEachOther() {
		return slices().matching(base + ".(" + String.join("|", adapters) + ")..")
			.should()
			.notDependOnEachOther()
			.as("adapters never know each other");
	}

	private ArchRule portsLiveInApplication() {
		return classes().that()
			.resideInAPackage(base + "..")
			.should(new ArchCondition<>("implement only the interfaces of their own room or ports of application") {
				@Override
				public void check(JavaClass type, ConditionEvents events) {
					for (JavaClass port : type.getRawInterfaces()) {
						String room = roomOf(port);
						if (room != null && !room.equals(roomOf(type)) && !room.equals("application")) {
							events.add(SimpleConditionEvent.violated(type,
									type.getName() + " implements " + port.getName() + ", a port outside application"));
						}
					}
				}
			});
	}

	private ArchRule adapterNaming() {
		return classes().that()
			.resideInAPackage(base + "..")
			.should(new ArchCondition<>("implement <Context>Outbox as messaging.Kit<Context>Outbox and "
					+ "<Context>Metrics as metrics.Micrometer<Context>Metrics") {
				@Override
				public void check(JavaClass type, ConditionEvents events) {
					for (JavaClass port : type.getRawInterfaces()) {
						if (!"application".equals(roomOf(port))) {
							continue;
						}
						String expected = port.getSimpleName().endsWith("Outbox") ? "messaging.Kit"
								: port.getSimpleName().endsWith("Metrics") ? "metrics.Micrometer" : null;
						if (expected != null && !type.getName().equals(base + "." + expected + port.getSimpleName())) {
							events.add(SimpleConditionEvent.violated(type,
									type.getName() + " implements " + port.getSimpleName() + " but is not " + base + "."
											+ expected + port.getSimpleName()));
						}
					}
				}
			});
	}

	private ArchRule onlyIn(String technology, List<String> names, String... packages) {
		return noClasses().that()
			.resideOutsideOfPackages(rooms(names))
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(packages)
			.as(technology + " only in " + names);
	}

	/**
	 * web-support's {@code contract} package is the exception: it types what one
	 * service's HTTP answer tells another, so the client's adapter reads it too.
	 */
	private ArchRule webServerOnlyInApi() {
		DescribedPredicate<JavaClass> webServer = resideInAnyPackage("org.springframework.web.bind..",
				"org.springframework.web.server..", "org.springframework.web.reactive.function.server..",
				"dev.foodmesh.web..")
			.and(DescribedPredicate.not(resideInAPackage("dev.foodmesh.web.contract..")));
		List<String> names = List.of("api", "config");
		return noClasses().that()
			.resideOutsideOfPackages(rooms(names))
			.should()
			.dependOnClassesThat(webServer)
			.as("the web server only in " + names);
	}

	private ArchRule messagingOnlyIn(List<String> names) {
		DescribedPredicate<JavaClass> messaging = resideInAPackage("dev.foodmesh.events..")
			.or(resideInAPackage("dev.foodmesh.messaging..")
				.and(DescribedPredicate.not(name(AFTER_COMMIT).or(name(TRANSACTION_HELD)))));
		ClassesShould outsideItsRooms = names.isEmpty() ? noClasses().should()
				: noClasses().that().resideOutsideOfPackages(rooms(names)).should();
		return outsideItsRooms.dependOnClassesThat(messaging)
			.as("integration events and the messaging kit only in " + names);
	}

	private ArchRule consumersAreComponentsInMessaging() {
		return classes().that()
			.implement(EVENT_HANDLER)
			.should()
			.resideInAPackage(room("messaging"))
			.andShould()
			.beAnnotatedWith("org.springframework.stereotype.Component")
			.andShould()
			.notBePublic()
			.allowEmptyShould(true)
			.as("consumers are package-private @Components in messaging");
	}

	private ArchRule subscriptionsAreWiredInConfig() {
		return noClasses().that()
			.resideOutsideOfPackage(room("config"))
			.should()
			.dependOnClassesThat(name(EVENT_SUBSCRIPTION))
			.as("EventSubscriptions are declared in config (MessagingConfig)");
	}

	// the first package below the service's, "" for the service's own, null outside it
	private @Nullable String roomOf(JavaClass type) {
		String pkg = type.getPackageName();
		if (!pkg.startsWith(base + ".")) {
			return (pkg.equals(base)) ? "" : null;
		}
		String rest = pkg.substring(base.length() + 1);
		int dot = rest.indexOf('.');
		return (dot < 0) ? rest : rest.substring(0, dot);
	}

}
