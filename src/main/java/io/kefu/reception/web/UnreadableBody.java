package io.kefu.reception.web;

import java.util.Arrays;
import java.util.stream.Collectors;

import io.kefu.reception.InvalidChatInputException;

import org.jspecify.annotations.Nullable;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Says why a JSON body (an HTTP request's or a STOMP frame's) could not be read, naming
 * the field when the parser knows which: {@code skillGroup} "is one of PRE_SALES,
 * AFTER_SALES"; a body that is not JSON at all is the field {@code body}.
 */
final class UnreadableBody {

	private UnreadableBody() {
	}

	static InvalidChatInputException of(Throwable failure) {
		JacksonException json = jacksonCause(failure);
		if (json == null) {
			return new InvalidChatInputException("body", "is required: a JSON object");
		}
		if (json instanceof StreamReadException) {
			return new InvalidChatInputException("body", "is not valid JSON");
		}
		String field = json.getPath()
			.stream()
			.map(reference -> reference.getPropertyName() != null ? reference.getPropertyName()
					: Integer.toString(reference.getIndex()))
			.collect(Collectors.joining("."));
		if (field.isEmpty()) {
			return new InvalidChatInputException("body", "is not a JSON object");
		}
		return new InvalidChatInputException(field, reason(json));
	}

	private static String reason(JacksonException json) {
		if (!json.getClass().getName().startsWith("tools.jackson.")) {
			// Kefu's own refusal while reading (a control character in a text): its
			// reason
			// is the one to give
			return json.getOriginalMessage();
		}
		Class<?> type = json instanceof MismatchedInputException mismatched ? mismatched.getTargetType() : null;
		if (type == null) {
			return "cannot be read";
		}
		if (type.isEnum()) {
			return "is one of " + Arrays.stream(type.getEnumConstants())
				.map(constant -> ((Enum<?>) constant).name())
				.collect(Collectors.joining(", "));
		}
		if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
			return "is a number";
		}
		if (type == String.class) {
			return "is a string";
		}
		return "cannot be read as " + type.getSimpleName();
	}

	private static @Nullable JacksonException jacksonCause(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof JacksonException json) {
				return json;
			}
		}
		return null;
	}

}
