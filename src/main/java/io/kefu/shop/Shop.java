package io.kefu.shop;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * A shop (店铺) on one platform. Its business day (业务天) is the calendar day in its time
 * zone shifted by the split point: with a split at 02:00, 01:30 on the 2nd still belongs
 * to the 1st.
 */
public record Shop(ShopId id, String name, Platform platform, ZoneId timeZone, LocalTime daySplit) {

	public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

	public LocalDate businessDay(Instant at) {
		return at.atZone(timeZone).minusSeconds(daySplit.toSecondOfDay()).toLocalDate();
	}

	/** The first instant of a business day. */
	public Instant startOf(LocalDate businessDay) {
		return businessDay.atTime(daySplit).atZone(timeZone).toInstant();
	}

	/** The marketplace sub-account of one of the shop's agents: {@code 店铺名:昵称}. */
	public String agentAccount(String nickname) {
		return name + ":" + nickname;
	}
}
