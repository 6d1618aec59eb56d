package io.kefu.shop.web;

import java.math.BigDecimal;
import java.util.List;

import io.kefu.access.Caller;
import io.kefu.shop.Product;
import io.kefu.shop.Products;
import io.kefu.shop.ShopId;
import io.kefu.shop.Shops;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ProductApi {

	private final Shops shops;

	private final Products products;

	ProductApi(Shops shops, Products products) {
		this.shops = shops;
		this.products = products;
	}

	/**
	 * The shop's catalogue: every product with its SKUs, parameters and selling points.
	 */
	@GetMapping("/api/v1/shops/{shopId}/products")
	List<ProductView> products(@PathVariable long shopId, Caller caller) {
		caller.requireShop(shopId);
		ShopId shop = shops.get(ShopId.of(shopId)).id();
		return products.inShop(shop).stream().map(ProductView::of).toList();
	}

	record ProductView(long id, String title, String category, boolean listed, List<SkuView> skus,
			List<Product.Attribute> attributes, List<String> sellingPoints) {

		static ProductView of(Product product) {
			return new ProductView(product.id().value(), product.title(), product.category(), product.listed(),
					product.skus()
						.stream()
						.map(sku -> new SkuView(sku.id(), sku.code(), sku.spec(), sku.price(), sku.stock()))
						.toList(),
					product.attributes(), product.sellingPoints());
		}
	}

	record SkuView(long id, String code, String spec, BigDecimal price, int stock) {
	}

}
