package io.kefu.followup.internal;

import java.time.Clock;
import java.time.LocalDate;

import io.kefu.analytics.Figures;
import io.kefu.analytics.ReceptionFilter;
import io.kefu.analytics.ReceptionsRecomputed;
import io.kefu.followup.FollowupScripts;
import io.kefu.followup.Followups;
import io.kefu.followup.InquiryLead;
import io.kefu.shop.Shop;
import io.kefu.shop.Shops;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Opens the follow-ups of inquiries that did not order (询单未下单) when the figures have
 * found them: for each finished business day of the last {@value #DAYS} that a recompute
 * touched, every inquiry whose buyer ordered nothing credited to its agent (DOMAIN.md
 * 询单→下单) gets one, the reception's agent's.
 */
@Component
class InquiryWatch {

	/** Inquiries older than this get no follow-up: the buyer has long gone. */
	static final int DAYS = 3;

	private final Figures figures;

	private final Followups followups;

	private final Shops shops;

	private final Clock clock;

	private final FollowupScripts scripts;

	InquiryWatch(Figures figures, Followups followups, Shops shops, Clock clock, FollowupScripts scripts) {
		this.scripts = scripts;
		this.figures = figures;
		this.followups = followups;
		this.shops = shops;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(ReceptionsRecomputed recomputed) {
		Shop shop = shops.get(recomputed.shopId());
		LocalDate today = shop.businessDay(clock.instant());
		LocalDate first = recomputed.first().isBefore(today.minusDays(DAYS)) ? today.minusDays(DAYS)
				: recomputed.first();
		LocalDate last = recomputed.last().isBefore(today) ? recomputed.last() : today.minusDays(1);
		if (first.isAfter(last)) {
			return;
		}
		int opened = followups.openInquiries(shop.id(),
				InquiryLead.of(figures.receptions(shop.id(), first, last, null, null, ReceptionFilter.INQUIRY)));
		if (opened > 0) {
			scripts.seed(shop.id());
		}
		followups.settle(shop.id());
	}

}
