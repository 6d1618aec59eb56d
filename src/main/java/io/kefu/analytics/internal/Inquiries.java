package io.kefu.analytics.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;

/**
 * Tells inquiries (询单) from in-sale and after-sale consultations: a reception is an
 * inquiry unless its buyer created an order in the shop during the {@code afterSalesDays}
 * × 24 hours before the reception's first buyer message. An order exactly that long
 * before counts; one in the message's own second does not.
 */
final class Inquiries {

	private final Duration window;

	Inquiries(int afterSalesDays) {
		this.window = Duration.ofHours(24L * afterSalesDays);
	}

	boolean isInquiry(Instant firstInAt, Collection<Instant> buyerOrdersCreatedAt) {
		Instant until = firstInAt.truncatedTo(ChronoUnit.SECONDS);
		Instant since = until.minus(window);
		for (Instant created : buyerOrdersCreatedAt) {
			if (!created.isBefore(since) && created.isBefore(until)) {
				return false;
			}
		}
		return true;
	}

	Reception classify(Reception reception, Collection<Instant> buyerOrdersCreatedAt) {
		return reception.classified(isInquiry(reception.firstInAt(), buyerOrdersCreatedAt));
	}

}
