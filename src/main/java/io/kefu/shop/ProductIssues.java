package io.kefu.shop;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** Product-page errors reported by agents and fixed by supervisors. */
public interface ProductIssues {

	/**
	 * Records an error on the shop's product page.
	 * @param note what is wrong; blank allowed for a picture or price error, required for
	 * OTHER
	 * @throws UnknownKnowledgeException when the product is not the shop's
	 * @throws InvalidKnowledgeException for a missing kind or an over-long note
	 */
	ProductIssue report(ShopId shop, long productId, ProductIssue.@Nullable Kind kind, @Nullable String note,
			long reporterId, String reporter, Instant at);

	/**
	 * The shop's open issues (oldest first), or every issue (newest first, at most 200).
	 */
	List<ProductIssue> of(ShopId shop, boolean openOnly);

	/** The open issues of one product, oldest first. */
	List<ProductIssue> openOf(ShopId shop, ProductId product);

	Optional<ProductIssue> find(ShopId shop, long issueId);

	/**
	 * Marks the issue fixed; an issue fixed already stays as it was.
	 * @throws UnknownKnowledgeException when the shop has no such issue
	 */
	ProductIssue markFixed(ShopId shop, long issueId, long fixerId, String fixer, Instant at);

}
