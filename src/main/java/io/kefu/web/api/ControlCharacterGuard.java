package io.kefu.web.api;

import io.kefu.web.ControlCharacters;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * Refuses every string of a JSON request body, and every key of a map in it, that holds a
 * control character (see {@link ControlCharacters}). Jackson adds the JSON path of the
 * string to the failure as it unwinds, so the answer names the field
 * ({@code ownAccounts[0]}). Only the API's request bodies are read with it: stored JSON
 * (the event registry) is read as it was written.
 */
class ControlCharacterGuard extends SimpleModule {

	ControlCharacterGuard() {
		super("kefu-control-characters");
		addDeserializer(String.class, new CheckedStrings());
		addKeyDeserializer(String.class, new CheckedKeys());
	}

	private static String checked(JsonParser parser, String text) {
		int index = ControlCharacters.indexIn(text);
		if (index >= 0) {
			throw new ControlCharacterInBody(parser, ControlCharacters.reason(text, index));
		}
		return text;
	}

	private static final class CheckedStrings extends StdScalarDeserializer<String> {

		CheckedStrings() {
			super(String.class);
		}

		@Override
		public LogicalType logicalType() {
			return LogicalType.Textual;
		}

		@Override
		public Object getEmptyValue(DeserializationContext context) {
			return "";
		}

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
			return checked(parser, StringDeserializer.instance.deserialize(parser, context));
		}

	}

	private static final class CheckedKeys extends KeyDeserializer {

		@Override
		public Object deserializeKey(String key, DeserializationContext context) throws JacksonException {
			return checked(context.getParser(), key);
		}

	}

	/** A string of the body holds a control character; {@link #getPath()} says where. */
	static final class ControlCharacterInBody extends MismatchedInputException {

		private final String reason;

		ControlCharacterInBody(JsonParser parser, String reason) {
			super(parser, reason, String.class);
			this.reason = reason;
		}

		String reason() {
			return this.reason;
		}

	}

}
