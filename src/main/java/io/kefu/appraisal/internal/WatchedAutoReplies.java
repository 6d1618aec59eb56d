package io.kefu.appraisal.internal;

import java.time.YearMonth;
import java.util.List;

import io.kefu.analytics.Figures;
import io.kefu.analytics.Receptions;
import io.kefu.appraisal.AutoReplyWatch;
import io.kefu.appraisal.CheatingWatch;
import io.kefu.appraisal.SuspectedCheating;
import io.kefu.reception.AutoReplies;
import io.kefu.shop.Shop;
import io.kefu.shop.ShopId;
import io.kefu.shop.Shops;

import org.springframework.stereotype.Component;

/**
 * The month's suspect auto-replies from the auto-replies of its business days and the
 * receptions the figures stored (their runs and owners, as DOMAIN.md defines them), so
 * "waiting for the agent" means what the figures mean by it; like every figure, it is as
 * fresh as the last recompute.
 */
@Component
class WatchedAutoReplies implements CheatingWatch {

	private final Shops shops;

	private final Figures figures;

	private final Receptions receptions;

	private final AutoReplies autoReplies;

	WatchedAutoReplies(Shops shops, Figures figures, Receptions receptions, AutoReplies autoReplies) {
		this.shops = shops;
		this.figures = figures;
		this.receptions = receptions;
		this.autoReplies = autoReplies;
	}

	@Override
	public List<SuspectedCheating> suspected(ShopId shopId, YearMonth month) {
		Shop shop = shops.get(shopId);
		AutoReplyWatch watch = new AutoReplyWatch(shop, figures.settings(shopId).grace(),
				AutoReplyWatch.FEWEST_WAITING);
		return watch.suspects(
				autoReplies.sentBetween(shopId, shop.startOf(month.atDay(1)),
						shop.startOf(month.plusMonths(1).atDay(1))),
				receptions.between(shopId, month.atDay(1).minusDays(1), month.atEndOfMonth()));
	}

}
