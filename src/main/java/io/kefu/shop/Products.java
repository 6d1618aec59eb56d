package io.kefu.shop;

import java.util.List;
import java.util.Optional;

/**
 * A shop's catalogue. Drafts are validated by the caller (bean validation) before they
 * reach here.
 */
public interface Products {

	List<Product> inShop(ShopId shop);

	Optional<Product> find(ProductId id);

	Product add(ShopId shop, ProductDraft draft);

	/**
	 * Replaces the product's fields and SKUs; SKUs keep their ids when their code stays.
	 */
	Product revise(ProductId id, ProductDraft draft);

	int countInShop(ShopId shop);

}
