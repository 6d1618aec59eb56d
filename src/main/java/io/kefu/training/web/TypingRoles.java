package io.kefu.training.web;

import io.kefu.access.Caller;
import io.kefu.access.Role;
import io.kefu.shop.ShopId;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who takes typing tests and who reads them: any agent of a shop (pre-sales, after-sales,
 * trainees among them) takes one; supervisors and trainers read every agent's attempts,
 * an agent their own.
 */
final class TypingRoles {

	private TypingRoles() {
	}

	static boolean takes(Caller caller) {
		return caller.has(Role.PRE_SALES) || caller.has(Role.AFTER_SALES);
	}

	static boolean readsTheTeam(Caller caller) {
		return caller.supervises() || caller.has(Role.TRAINER);
	}

	/**
	 * The shop a test is taken in: the one named, or the only shop the caller works in.
	 * @throws AccessDeniedException unless the caller is an agent of that shop
	 */
	static ShopId takerShop(Caller caller, @Nullable Long shop) {
		if (!takes(caller)) {
			throw new AccessDeniedException("Only agents take typing tests");
		}
		if (shop == null) {
			if (caller.shopIds().size() != 1) {
				throw new IllegalArgumentException("shop: name the shop the test is taken in (?shop=)");
			}
			return ShopId.of(caller.shopIds().iterator().next());
		}
		caller.requireShop(shop);
		return ShopId.of(shop);
	}

	static void requireReader(Caller caller, long shopId) {
		caller.requireShop(shopId);
		if (!takes(caller) && !readsTheTeam(caller)) {
			throw new AccessDeniedException(
					"Only agents, supervisors and trainers of shop " + shopId + " read typing tests");
		}
	}

}
