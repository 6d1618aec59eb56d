package io.kefu.analytics;

/**
 * How an order is credited to an agent (落实): at its creation (下单判定), at its payment
 * (付款判定), or at its creation and, when no reception is eligible then, at its payment
 * (下单优先判定, the default).
 */
public enum JudgeRule {

	ORDER, PAYMENT, ORDER_FIRST

}
