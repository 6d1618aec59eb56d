package io.kefu.followup.web;

import java.time.Clock;
import java.util.List;

import io.kefu.followup.MarketingSegment;
import io.kefu.followup.MarketingTarget;
import io.kefu.followup.SecondMarketing;
import io.kefu.shop.Product;
import io.kefu.shop.ProductId;
import io.kefu.shop.Products;
import io.kefu.shop.Shop;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import org.jspecify.annotations.Nullable;

/**
 * A second-marketing list from a request's parameters, checked, for the page and the API.
 */
@Component
class MarketingLists {

	private final SecondMarketing marketing;

	private final Products products;

	private final Clock clock;

	MarketingLists(SecondMarketing marketing, Products products, Clock clock) {
		this.marketing = marketing;
		this.products = products;
		this.clock = clock;
	}

	/**
	 * @throws ResponseStatusException (400) for counts out of range or another shop's
	 * product
	 */
	List<MarketingTarget> of(Shop shop, @Nullable Long product, int minOrders, @Nullable Integer inactiveDays,
			boolean positiveReviewers) {
		if (minOrders < 1 || minOrders > 1000 || (inactiveDays != null && (inactiveDays < 0 || inactiveDays > 3650))) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"minOrders runs from 1 to 1000 and inactiveDays from 0 to 3650");
		}
		ProductId productId = product == null ? null : productOf(shop, product);
		return marketing.buyers(shop.id(), new MarketingSegment(productId, minOrders, inactiveDays, positiveReviewers),
				clock.instant());
	}

	private ProductId productOf(Shop shop, long product) {
		return products.inShop(shop.id())
			.stream()
			.map(Product::id)
			.filter(id -> id.value() == product)
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"Shop " + shop.id() + " has no product " + product));
	}

}
