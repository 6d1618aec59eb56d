package io.kefu.analytics;

import java.time.LocalDate;
import java.util.List;

import io.kefu.shop.ShopId;

/** The stored receptions, for the modules that read them one by one. */
public interface Receptions {

	/** The shop's receptions of business days {@code first} to {@code last}. */
	List<StoredReception> between(ShopId shopId, LocalDate first, LocalDate last);

}
