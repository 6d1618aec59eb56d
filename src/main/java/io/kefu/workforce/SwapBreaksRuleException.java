package io.kefu.workforce;

/**
 * A swap a supervisor tried to approve that would break a hard roster rule the published
 * roster keeps; the swap is refused and the rule named.
 */
public class SwapBreaksRuleException extends RosterStateException {

	private final Swap swap;

	private final RosterViolation violation;

	public SwapBreaksRuleException(Swap swap, RosterViolation violation) {
		super("Swap " + swap.id() + " would break the rule '" + violation.constraint() + "'"
				+ (violation.agent() == null ? "" : " for " + violation.agent())
				+ (violation.day() == null ? "" : " on " + violation.day()) + "; it is refused");
		this.swap = swap;
		this.violation = violation;
	}

	public Swap swap() {
		return swap;
	}

	public RosterViolation violation() {
		return violation;
	}

}
