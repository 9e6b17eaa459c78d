package dev.foodmesh.web.problem;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.jsontype.TypeDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * Refuses request bodies whose strings are not {@link StorableText storable}: every
 * {@code String} value (fields, list elements, map values) and every map key. Registered
 * only on the server's JSON decoder ({@link WebSupportAutoConfiguration}), not on the
 * application's {@code JsonMapper}: events and the answers of other services are read as
 * before. A field with its own {@code @JsonDeserialize(using = …)} checks for itself.
 */
final class StorableTextModule extends SimpleModule {

	private static final long serialVersionUID = 1L;

	StorableTextModule() {
		super("foodmesh-storable-text");
		addDeserializer(String.class, new StorableStringDeserializer());
		addKeyDeserializer(String.class, new StorableKeyDeserializer());
	}

	/** Jackson's own string deserializer (coercions included), then the check. */
	static final class StorableStringDeserializer extends StdScalarDeserializer<String> {

		StorableStringDeserializer() {
			super(String.class);
		}

		@Override
		public LogicalType logicalType() {
			return LogicalType.Textual;
		}

		@Override
		public boolean isCachable() {
			return true;
		}

		@Override
		public Object getEmptyValue(DeserializationContext context) {
			return "";
		}

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) {
			String value = StringDeserializer.instance.deserialize(parser, context);
			if (!StorableText.isStorable(value)) {
				throw new InvalidTextException(parser);
			}
			return value;
		}

		@Override
		public Object deserializeWithType(JsonParser parser, DeserializationContext context,
				TypeDeserializer typeDeserializer) {
			return deserialize(parser, context);
		}

	}

	static final class StorableKeyDeserializer extends KeyDeserializer {

		@Override
		public Object deserializeKey(String key, DeserializationContext context) {
			if (!StorableText.isStorable(key)) {
				throw new InvalidTextException(context.getParser());
			}
			return key;
		}

	}

}
