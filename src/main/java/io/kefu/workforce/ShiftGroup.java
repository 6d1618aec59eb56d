package io.kefu.workforce;

/**
 * Which receptions a shift staffs, or an agent takes: pre-sales (售前), after-sales (售后) or
 * both.
 */
public enum ShiftGroup {

	PRE_SALES, AFTER_SALES, BOTH;

	/** Whether an agent of this group may work a shift of the other group. */
	public boolean fits(ShiftGroup shift) {
		return this == BOTH || shift == BOTH || this == shift;
	}

}
