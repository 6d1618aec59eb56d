package io.kefu.training;

/**
 * The three kinds of new hire of seed 000 客服的培训流程, each with its own plan.
 */
public enum HireClass {

	/** 一类: has never worked on Taobao; about 5 days. */
	NOVICE,
	/** 二类: has worked as an agent before; about 3 days. */
	EXPERIENCED,
	/** 三类: after-sales; 6 days. */
	AFTER_SALES

}
