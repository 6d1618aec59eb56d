package io.kefu.customer;

import java.util.List;

/**
 * 客户资料: the customer as the list shows them, with their ratings, open follow-ups, notes,
 * the timeline of every contact (活动记录, newest first) and their phone calls. The phone is
 * masked except where a call is made.
 */
public record CustomerProfile(CustomerRow customer, RatingSummary ratings, int openFollowups, String notes,
		List<Activity> activities, List<Call> calls) {

	public CustomerProfile {
		activities = List.copyOf(activities);
		calls = List.copyOf(calls);
	}

}
