package io.kefu.support;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.kefu.access.Role;
import io.kefu.shop.NewShop;
import io.kefu.shop.Platform;
import io.kefu.shop.Product;
import io.kefu.shop.ProductDraft;
import io.kefu.shop.Products;
import io.kefu.shop.Shop;
import io.kefu.shop.Shops;
import io.kefu.staff.Agent;
import io.kefu.staff.AgentDraft;
import io.kefu.staff.Certification;
import io.kefu.staff.SkillGroup;
import io.kefu.staff.Staff;

/** Builds shops, products and accounts for tests through the real module services. */
public final class ShopFixture {

	public static final String PASSWORD = "test-password";

	private final Shops shops;

	private final Products products;

	private final Staff staff;

	public ShopFixture(Shops shops, Products products, Staff staff) {
		this.shops = shops;
		this.products = products;
		this.staff = staff;
	}

	public Shop shop(String name) {
		return shops.open(NewShop.of(name, Platform.TMALL));
	}

	public Agent account(Shop shop, String username, Role role) {
		SkillGroup group = role == Role.AFTER_SALES ? SkillGroup.AFTER_SALES
				: role == Role.PRE_SALES ? SkillGroup.PRE_SALES : null;
		return staff.hire(shop.id(),
				new AgentDraft(username, username, Set.of(role), group, Certification.CERTIFIED, null, true),
				Optional.of(new Staff.Credentials(username, PASSWORD)));
	}

	/** A new pre-sales agent who has not gone live yet (培训中). */
	public Agent trainee(Shop shop, String username) {
		return staff.hire(shop.id(), new AgentDraft(username, username, Set.of(Role.PRE_SALES), SkillGroup.PRE_SALES,
				Certification.TRAINEE, null, true), Optional.of(new Staff.Credentials(username, PASSWORD)));
	}

	public Product lamp(Shop shop, String title) {
		return products.add(shop.id(),
				new ProductDraft(title, "台灯", true,
						List.of(new Product.Attribute("光源类型", "LED"), new Product.Attribute("调光方式", "无极调光")),
						List.of("护眼无频闪", "充电续航"),
						List.of(new ProductDraft.SkuDraft("W-1", "白色 充电款", new BigDecimal("199.00"), 30),
								new ProductDraft.SkuDraft("B-1", "黑色 插电款", new BigDecimal("159.00"), 0))));
	}

}
