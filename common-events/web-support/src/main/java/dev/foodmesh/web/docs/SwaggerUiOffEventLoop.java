package dev.foodmesh.web.docs;

import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Serves Swagger UI without blocking an event loop. Its files come out of springdoc's
 * webjar inside the service's jar, and resolving and reading a class-path resource reads
 * that jar file (BlockHound: "Blocking call! RandomAccessFile#readBytes"). Requests under
 * the UI's path are handled on {@code boundedElastic}, and so is every read of their
 * body: the bundle is over a megabyte, read a buffer at a time as the client takes it.
 */
final class SwaggerUiOffEventLoop implements WebFilter {

	private final String pathPrefix;

	SwaggerUiOffEventLoop(String pathPrefix) {
		this.pathPrefix = pathPrefix;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		if (!exchange.getRequest().getPath().value().startsWith(this.pathPrefix)) {
			return chain.filter(exchange);
		}
		ServerWebExchange offloaded = exchange.mutate()
			.response(new BodyReadOffEventLoop(exchange.getResponse()))
			.build();
		return chain.filter(offloaded).subscribeOn(Schedulers.boundedElastic());
	}

	/**
	 * Subscribes to (and so pulls) the body on {@code boundedElastic}, whichever thread
	 * asks for more.
	 */
	private static final class BodyReadOffEventLoop extends ServerHttpResponseDecorator {

		BodyReadOffEventLoop(ServerHttpResponse delegate) {
			super(delegate);
		}

		@Override
		public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
			return super.writeWith(Flux.from(body).subscribeOn(Schedulers.boundedElastic()));
		}

	}

}
