package io.kefu.customer;

import io.kefu.shop.ShopId;

/**
 * A buyer's personal data was erased on request: every module deletes or blanks what it
 * keeps of the buyer, in the erasing transaction (a refusal rolls the whole erasure
 * back).
 */
public record BuyerErased(ShopId shopId, BuyerId buyerId) {
}
