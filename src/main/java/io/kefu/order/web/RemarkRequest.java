package io.kefu.order.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.kefu.order.Flag;
import io.kefu.order.RemarkForm;
import io.kefu.order.RemarkKind;
import io.kefu.order.RemarkRejected;

import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /api/v1/orders/{orderId}/remarks}: what the buyer asked for or
 * what was promised, the flag, and optionally the kind of request. Flag and kind arrive
 * as text so that a wrong one is answered with its field's name, like every other
 * mistake. Without a flag the kind's flag is used (red for changes, as seed 000 ③④ says).
 */
record RemarkRequest(@Nullable String request, @Nullable String flag, @Nullable String kind) {

	/**
	 * @throws InvalidRemarkRequest listing every field that is wrong
	 */
	Accepted accept(String agentName, LocalDate day) {
		List<InvalidRemarkRequest.FieldProblem> problems = new ArrayList<>();
		RemarkKind chosenKind = kind == null || kind.isBlank() ? RemarkKind.OTHER
				: parse(RemarkKind.class, kind, "kind", problems);
		Flag chosenFlag = flag == null || flag.isBlank() ? (chosenKind == null ? null : chosenKind.suggestedFlag())
				: parse(Flag.class, flag, "flag", problems);
		RemarkForm form = null;
		try {
			form = RemarkForm.of(agentName, request, day);
		}
		catch (RemarkRejected ex) {
			problems.add(new InvalidRemarkRequest.FieldProblem(ex.field(), ex.reason()));
		}
		if (!problems.isEmpty() || form == null || chosenFlag == null || chosenKind == null) {
			throw new InvalidRemarkRequest(problems);
		}
		return new Accepted(form, chosenFlag, chosenKind);
	}

	private static <E extends Enum<E>> @Nullable E parse(Class<E> type, String value, String field,
			List<InvalidRemarkRequest.FieldProblem> problems) {
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			problems.add(new InvalidRemarkRequest.FieldProblem(field,
					"'" + value + "' is not one of " + Arrays.toString(type.getEnumConstants())));
			return null;
		}
	}

	record Accepted(RemarkForm form, Flag flag, RemarkKind kind) {
	}

}
