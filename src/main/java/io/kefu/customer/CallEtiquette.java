package io.kefu.customer;

/**
 * The steps of a call the seed (003, 任务6.2 电话礼仪) asks for, ticked by the agent: name
 * yourself and the shop, ask the 5W (who, what, when, where, why), read back and confirm
 * what you wrote down, and let the buyer hang up first.
 */
public enum CallEtiquette {

	INTRODUCED, FIVE_W, CONFIRMED, BUYER_HUNG_UP_FIRST

}
