package dev.foodmesh.messaging.testapp;

import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import org.reactivestreams.Subscription;
import reactor.core.CoreSubscriber;
import reactor.core.publisher.Hooks;
import reactor.core.publisher.Operators;

/**
 * What the OpenTelemetry Java agent's Reactor instrumentation does, reduced to its core,
 * for tests that run without the agent: every operator captures the OpenTelemetry context
 * current when it is subscribed and makes it current again for each signal it delivers,
 * on whatever thread. Installed as a named {@link Hooks#onEachOperator} hook, so only
 * operators assembled while it is installed are affected.
 */
public final class AgentLikeReactorContext implements AutoCloseable {

	private static final String KEY = AgentLikeReactorContext.class.getName();

	private AgentLikeReactorContext() {
		Hooks.onEachOperator(KEY, Operators.lift((scannable, subscriber) -> new Propagating<>(subscriber)));
	}

	public static AgentLikeReactorContext install() {
		return new AgentLikeReactorContext();
	}

	@Override
	public void close() {
		Hooks.resetOnEachOperator(KEY);
	}

	private static final class Propagating<T> implements CoreSubscriber<T> {

		private final CoreSubscriber<? super T> actual;

		private final Context captured = Context.current();

		Propagating(CoreSubscriber<? super T> actual) {
			this.actual = actual;
		}

		@Override
		public reactor.util.context.Context currentContext() {
			return this.actual.currentContext();
		}

		@Override
		public void onSubscribe(Subscription subscription) {
			try (Scope scope = open()) {
				this.actual.onSubscribe(subscription);
			}
		}

		@Override
		public void onNext(T value) {
			try (Scope scope = open()) {
				this.actual.onNext(value);
			}
		}

		@Override
		public void onError(Throwable failure) {
			try (Scope scope = open()) {
				this.actual.onError(failure);
			}
		}

		@Override
		public void onComplete() {
			try (Scope scope = open()) {
				this.actual.onComplete();
			}
		}

		// like the agent: a root context is not imposed on the thread
		private Scope open() {
			return (this.captured == Context.root()) ? Scope.noop() : this.captured.makeCurrent();
		}

	}

}
