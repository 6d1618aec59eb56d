package io.kefu.appraisal.web;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.ConstraintViolation;

/**
 * The values of the inputs form that were refused, each once: the agent's row (or
 * {@link InputsForm#MONTH}) and the field, as the form names it.
 */
final class RefusedInputs {

	/** {@code agents[2].typing.accuracy}: the row and the last name. */
	private static final Pattern AGENT_FIELD = Pattern.compile("agents\\[(\\d+)]\\.(?:.*\\.)?(\\w+)");

	private final Set<Refusal> refusals = new LinkedHashSet<>();

	void refuse(int row, String field) {
		refusals.add(new Refusal(row, field));
	}

	/**
	 * Refuses the field a violation of {@link InputsBody} names; a path the form does not
	 * have (the list itself) refuses the month's agents as a whole.
	 */
	void refuse(ConstraintViolation<InputsBody> violation) {
		String path = violation.getPropertyPath().toString();
		Matcher agentField = AGENT_FIELD.matcher(path);
		if (agentField.matches()) {
			refuse(Integer.parseInt(agentField.group(1)), known(agentField.group(2)));
		}
		else {
			refuse(InputsForm.MONTH, path.equals("commissionRate") || path.equals("bonusAmount") ? path : "agent");
		}
	}

	public boolean has(int row, String field) {
		return refusals.contains(new Refusal(row, field));
	}

	/** Whether the month's own field (the rate, the bonus amount) was refused. */
	public boolean hasMonth(String field) {
		return has(InputsForm.MONTH, field);
	}

	boolean isEmpty() {
		return refusals.isEmpty();
	}

	/**
	 * Every refused value in the page's reading order: the month's first, then row by
	 * row, column by column.
	 */
	List<Refusal> all() {
		return refusals.stream()
			.sorted(Comparator.comparingInt(Refusal::row).thenComparingInt(refusal -> column(refusal.field())))
			.toList();
	}

	/**
	 * The agent first, then the columns in order; the month's fields keep their order by
	 * name.
	 */
	private static int column(String field) {
		return InputsForm.COLUMNS.indexOf(field);
	}

	private static String known(String field) {
		return InputsForm.COLUMNS.contains(field) ? field : "agent";
	}

	/**
	 * One refused value: the row ({@link InputsForm#MONTH} for the month's own) and
	 * field.
	 */
	record Refusal(int row, String field) {
	}

}
