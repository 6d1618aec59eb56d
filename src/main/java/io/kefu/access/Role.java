package io.kefu.access;

/** What a person does in the customer-service department; an account may hold several. */
public enum Role {

	/** 售前客服 */
	PRE_SALES,
	/** 售后客服 */
	AFTER_SALES,
	/** 客服主管 */
	SUPERVISOR,
	/** 培训师 */
	TRAINER,
	/** 打单/审单 */
	ORDER_CLERK,
	/** 店长: approves the month's reward/penalty sheet and pay */
	OWNER,
	/** runs the instance; may do everything */
	ADMIN;

	public String authority() {
		return "ROLE_" + name();
	}

}
