package io.kefu.reception;

import java.util.List;

import io.kefu.shop.ShopId;

/**
 * Which messages an inspection rule caught: for searching the archive by rule hit;
 * provided by the module that inspects.
 */
public interface RuleHitMessages {

	/** The most messages one answer holds. */
	int MAX = 100_000;

	/** The rules that can be asked for, by code. */
	List<String> rules();

	/**
	 * The shop's messages the rule caught (its code), at most {@link #MAX}, newest first.
	 */
	long[] of(ShopId shopId, String rule);

}
