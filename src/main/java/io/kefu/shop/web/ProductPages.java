package io.kefu.shop.web;

import java.util.Optional;

import io.kefu.access.Caller;
import io.kefu.shop.Product;
import io.kefu.shop.ProductId;
import io.kefu.shop.Products;
import io.kefu.shop.ShopId;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The shop's catalogue as every agent reads it: the list and one product's parameters,
 * points and SKUs.
 */
@Controller
class ProductPages {

	private final Products products;

	ProductPages(Products products) {
		this.products = products;
	}

	@GetMapping("/shops/{shopId}/products")
	String list(@PathVariable long shopId, Caller caller, Model model) {
		caller.requireShop(shopId);
		model.addAttribute("products", products.inShop(ShopId.of(shopId)));
		return "products/list";
	}

	@GetMapping("/shops/{shopId}/products/{productId}")
	String detail(@PathVariable long shopId, @PathVariable long productId, Caller caller, Model model) {
		caller.requireShop(shopId);
		model.addAttribute("product", productOf(products, shopId, productId));
		return "products/detail";
	}

	/** A product of another shop is as unknown as one that does not exist. */
	static Product productOf(Products products, long shopId, long productId) {
		return (productId > 0 ? products.find(ProductId.of(productId)) : Optional.<Product>empty())
			.filter(product -> product.shopId().value() == shopId)
			.orElseThrow(() -> new ProductNotFoundException(shopId, productId));
	}

}
