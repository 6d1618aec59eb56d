package io.kefu;

import java.math.BigDecimal;
import java.time.LocalDate;
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
import io.kefu.shop.ShopId;
import io.kefu.shop.Shops;
import io.kefu.staff.AgentDraft;
import io.kefu.staff.Certification;
import io.kefu.staff.SkillGroup;
import io.kefu.staff.Staff;

/**
 * Shops, people and products for page tests, made through the real domain services. Test
 * classes share one application context and database, so each passes its own prefix for
 * unique shop and account names.
 */
public final class PageTestData {

	public static final String PASSWORD = "kefu-demo";

	private PageTestData() {
	}

	/**
	 * A shop with a supervisor {@code <prefix>zhuguan} and a pre-sales agent
	 * {@code <prefix>xiaomei}.
	 */
	public static Shop openShop(Shops shops, Staff staff, String name, String prefix) {
		Shop shop = shops.open(NewShop.of(name, Platform.TMALL));
		hire(staff, shop, prefix + "zhuguan", "王主管", Role.SUPERVISOR, null);
		hire(staff, shop, prefix + "xiaomei", "小美", Role.PRE_SALES, SkillGroup.PRE_SALES);
		return shop;
	}

	static void hire(Staff staff, Shop shop, String username, String name, Role role, SkillGroup group) {
		staff.hire(shop.id(), new AgentDraft(name, name, Set.of(role), group, Certification.CERTIFIED,
				LocalDate.of(2026, 3, 1), true), Optional.of(new Staff.Credentials(username, PASSWORD)));
	}

	public static Product addDeskLamp(Products products, ShopId shop) {
		return products.add(shop,
				new ProductDraft("视谱 LED 护眼台灯 Pro", "台灯", true,
						List.of(new Product.Attribute("光源类型", "LED"), new Product.Attribute("功率", "12W")),
						List.of("国AA级照度", "无频闪"),
						List.of(new ProductDraft.SkuDraft("SP-PRO-W", "白色 充电款", new BigDecimal("299.00"), 120),
								new ProductDraft.SkuDraft("SP-PRO-B", "黑色 插电款", new BigDecimal("259.00"), 0))));
	}

}
