package io.kefu.shop;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The shops this Kefu instance serves. */
public interface Shops {

	List<Shop> all();

	List<Shop> withIds(Collection<Long> ids);

	Optional<Shop> find(ShopId id);

	Optional<Shop> findByName(String name);

	/**
	 * @throws DuplicateShopException when a shop of that name exists
	 */
	Shop open(NewShop shop);

	default Shop get(ShopId id) {
		return find(id).orElseThrow(() -> new UnknownShopException(id));
	}

}
