package io.kefu.appraisal;

/**
 * Where a month's appraisal stands: open to changes, submitted by the supervisor (the day
 * before pay day), approved by the shop owner. Only an open month changes; a submitted or
 * approved one is reopened, with a reason, by the owner.
 */
public enum MonthStatus {

	OPEN, SUBMITTED, APPROVED;

	public MonthStatus submit() {
		if (this != OPEN) {
			throw new AppraisalStateException("Only an open month is submitted; this one is " + this);
		}
		return SUBMITTED;
	}

	public MonthStatus approve() {
		if (this != SUBMITTED) {
			throw new AppraisalStateException("Only a submitted month is approved; this one is " + this);
		}
		return APPROVED;
	}

	public MonthStatus reopen() {
		if (this == OPEN) {
			throw new AppraisalStateException("This month is open already");
		}
		return OPEN;
	}

	/**
	 * @throws AppraisalStateException unless the month is open
	 */
	public void requireOpen() {
		if (this != OPEN) {
			throw new AppraisalStateException(
					"This month is " + this + ": it changes only after the shop owner reopens it with a reason");
		}
	}

}
