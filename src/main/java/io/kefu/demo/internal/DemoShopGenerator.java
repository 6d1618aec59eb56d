package io.kefu.demo.internal;

import java.util.List;

import io.kefu.customer.Buyers;
import io.kefu.demo.DemoShop;
import io.kefu.demo.DemoSummary;
import io.kefu.demo.DemoVolume;
import io.kefu.shop.NewShop;
import io.kefu.shop.Platform;
import io.kefu.shop.Shop;
import io.kefu.shop.Shops;
import io.kefu.staff.Agent;
import io.kefu.staff.Staff;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class DemoShopGenerator implements DemoShop {

	private final Shops shops;

	private final Staff staff;

	private final Buyers buyers;

	DemoShopGenerator(Shops shops, Staff staff, Buyers buyers) {
		this.shops = shops;
		this.staff = staff;
		this.buyers = buyers;
	}

	@Override
	@Transactional
	public DemoSummary generate(DemoVolume volume) {
		if (shops.findByName(NAME).isPresent()) {
			throw new IllegalStateException("The demo shop " + NAME + " already exists in this database");
		}
		Shop shop = shops.open(NewShop.of(NAME, Platform.TMALL));
		List<Agent> agents = DemoStaff.hire(staff, shop.id().value(), volume.lastDay());
		return new DemoSummary(shop.id().value(), 0, agents.size(), buyers.countInShop(shop.id().value()), 0, 0);
	}
}
