package io.kefu.shop.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import io.kefu.access.Caller;
import io.kefu.shop.Product;
import io.kefu.shop.ProductIssue;
import io.kefu.shop.ProductIssues;
import io.kefu.shop.Products;
import io.kefu.shop.Shop;
import io.kefu.shop.ShopId;
import io.kefu.shop.ShopKnowledge;
import io.kefu.shop.Shops;
import io.kefu.shop.UnknownKnowledgeException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What an agent needs beside the chat about one product (the workbench's 商品 tab): its
 * parameters, selling points, stock by SKU, the promotions running now and the page
 * errors still open; and finding a product by its title.
 */
@RestController
class ProductCardApi {

	/** The most products a search answers. */
	static final int MAX_FOUND = 20;

	private final Shops shops;

	private final Products products;

	private final ShopKnowledge knowledge;

	private final ProductIssues issues;

	private final Clock clock;

	ProductCardApi(Shops shops, Products products, ShopKnowledge knowledge, ProductIssues issues, Clock clock) {
		this.shops = shops;
		this.products = products;
		this.knowledge = knowledge;
		this.issues = issues;
		this.clock = clock;
	}

	@GetMapping("/api/v1/shops/{shopId}/products/{productId}/card")
	ProductCard card(@PathVariable long shopId, @PathVariable long productId, Caller caller) {
		KnowledgeRoles.requireReader(caller, shopId);
		Shop shop = shops.get(ShopId.of(shopId));
		Product product = ofShop(shop, productId);
		Instant now = clock.instant();
		return new ProductCard(product.id().value(), product.title(), product.category(), product.listed(),
				product.attributes(), product.sellingPoints(),
				product.skus().stream().map(s -> new SkuLine(s.code(), s.spec(), s.price(), s.stock())).toList(),
				product.totalStock(), product.lowestPrice(),
				knowledge.runningAt(shop.id(), now).stream().map(p -> PromotionView.of(shop, p, now)).toList(),
				issues.openOf(shop.id(), product.id()));
	}

	/**
	 * The shop's products whose title holds every word of {@code q} (case ignored),
	 * listed ones first, at most 20.
	 */
	@GetMapping("/api/v1/shops/{shopId}/products/search")
	List<Found> search(@PathVariable long shopId, @RequestParam String q, Caller caller) {
		KnowledgeRoles.requireReader(caller, shopId);
		List<String> words = List.of(q.toLowerCase(Locale.ROOT).trim().split("\\s+"));
		return products.inShop(shops.get(ShopId.of(shopId)).id())
			.stream()
			.filter(p -> words.stream().allMatch(word -> p.title().toLowerCase(Locale.ROOT).contains(word)))
			.sorted(java.util.Comparator.comparing((Product p) -> !p.listed()))
			.limit(MAX_FOUND)
			.map(p -> new Found(p.id().value(), p.title(), p.lowestPrice(), p.totalStock(), p.listed()))
			.toList();
	}

	private Product ofShop(Shop shop, long productId) {
		try {
			return ProductPages.productOf(products, shop.id().value(), productId);
		}
		catch (ProductNotFoundException ex) {
			throw new UnknownKnowledgeException("product", productId, shop.id());
		}
	}

	record ProductCard(long id, String title, String category, boolean listed, List<Product.Attribute> attributes,
			List<String> sellingPoints, List<SkuLine> skus, int totalStock, BigDecimal lowestPrice,
			List<PromotionView> promotions, List<ProductIssue> openIssues) {
	}

	record SkuLine(String code, String spec, BigDecimal price, int stock) {
	}

	record Found(long id, String title, BigDecimal lowestPrice, int totalStock, boolean listed) {
	}

}
