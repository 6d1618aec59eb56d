package io.kefu.order;

/** The seller's coloured flag (旗帜) on an order; the ordinal is Taobao's 0–5 code. */
public enum Flag {

	GREY, RED, YELLOW, GREEN, BLUE, PURPLE;

	public static Flag ofTaobaoCode(int code) {
		if (code < 0 || code >= values().length) {
			throw new IllegalArgumentException("Taobao flags are 0 to 5, not " + code);
		}
		return values()[code];
	}

}
