package io.kefu.staff;

/** The queue an agent takes buyers from: 售前 or 售后. */
public enum SkillGroup {

	PRE_SALES, AFTER_SALES

}
