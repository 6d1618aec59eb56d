/**
 * Follow-ups (跟进): the pre-sales agent's work after the chat, as tasks worked to an
 * outcome the supervisor can read. First of all the four-touch payment reminder (催付) of
 * seed 000 客服售前工作流程 ({@link PaymentReminder}): two messages, a phone call, a last
 * message, each recorded with its time, agent and outcome, and the buyer's reason for not
 * paying. Tasks open themselves from stored orders and close themselves when the order is
 * paid or cancelled.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "access", "analytics", "customer", "order", "reception", "scripts", "shop", "staff" })
@org.jspecify.annotations.NullMarked
package io.kefu.followup;
