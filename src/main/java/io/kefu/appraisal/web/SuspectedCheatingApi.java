package io.kefu.appraisal.web;

import java.util.List;

import io.kefu.access.Caller;
import io.kefu.shop.ShopId;
import io.kefu.shop.Shops;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Cheating detected in the month's messages (automatic replies with fewer than 10 buyers
 * waiting), for supervisors and owners to read; the supervisor confirms it with
 * {@code POST …/cheating}.
 */
@RestController
class SuspectedCheatingApi {

	private final SuspectLines suspects;

	private final Shops shops;

	SuspectedCheatingApi(SuspectLines suspects, Shops shops) {
		this.suspects = suspects;
		this.shops = shops;
	}

	@GetMapping("/api/v1/shops/{shopId}/appraisals/{month}/cheating/suspected")
	List<SuspectLine> suspected(@PathVariable long shopId, @PathVariable String month, Caller caller) {
		caller.requireShop(shopId);
		if (!AppraisalRoles.readsTheTeam(caller)) {
			throw new AccessDeniedException(
					"Only supervisors and owners of shop " + shopId + " read suspected cheating");
		}
		return suspects.of(shops.get(ShopId.of(shopId)).id(), AppraisalApi.monthOf(month));
	}

}
