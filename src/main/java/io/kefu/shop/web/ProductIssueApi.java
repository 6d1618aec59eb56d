package io.kefu.shop.web;

import java.time.Clock;
import java.util.List;

import io.kefu.access.Caller;
import io.kefu.shop.InvalidKnowledgeException;
import io.kefu.shop.ProductIssue;
import io.kefu.shop.ProductIssues;
import io.kefu.shop.ShopId;
import io.kefu.shop.Shops;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Product-page errors: everyone of the shop reports and reads them; supervisors and the
 * owner mark them fixed.
 */
@RestController
@RequestMapping("/api/v1/shops/{shopId}/product-issues")
class ProductIssueApi {

	private final Shops shops;

	private final ProductIssues issues;

	private final Clock clock;

	ProductIssueApi(Shops shops, ProductIssues issues, Clock clock) {
		this.shops = shops;
		this.issues = issues;
		this.clock = clock;
	}

	/**
	 * {@code status=OPEN} (default): not fixed yet, oldest first; {@code ALL}: the latest
	 * 200.
	 */
	@GetMapping
	List<ProductIssue> list(@PathVariable long shopId, @RequestParam(defaultValue = "OPEN") Status status,
			Caller caller) {
		KnowledgeRoles.requireReader(caller, shopId);
		return issues.of(shops.get(ShopId.of(shopId)).id(), status == Status.OPEN);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	ProductIssue report(@PathVariable long shopId, @RequestBody IssueRequest request, Caller caller) {
		KnowledgeRoles.requireReader(caller, shopId);
		ShopId shop = shops.get(ShopId.of(shopId)).id();
		if (request.productId() == null) {
			throw new InvalidKnowledgeException("productId", "is required");
		}
		return issues.report(shop, request.productId(), request.kind(), request.note(), caller.agentId(),
				caller.displayName(), clock.instant());
	}

	@PostMapping("/{issueId}/fixed")
	ProductIssue fixed(@PathVariable long shopId, @PathVariable long issueId, Caller caller) {
		KnowledgeRoles.requireEditor(caller, shopId);
		return issues.markFixed(shops.get(ShopId.of(shopId)).id(), issueId, caller.agentId(), caller.displayName(),
				clock.instant());
	}

	record IssueRequest(@Nullable Long productId, ProductIssue.@Nullable Kind kind, @Nullable String note) {
	}

	enum Status {

		OPEN, ALL

	}

}
