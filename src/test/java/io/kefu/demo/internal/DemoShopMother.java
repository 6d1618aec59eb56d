package io.kefu.demo.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import io.kefu.demo.DemoShop;
import io.kefu.demo.DemoVolume;
import io.kefu.shop.Platform;
import io.kefu.shop.Product;
import io.kefu.shop.ProductDraft;
import io.kefu.shop.ProductId;
import io.kefu.shop.Shop;
import io.kefu.shop.ShopId;
import io.kefu.shop.Sku;
import io.kefu.staff.Agent;
import io.kefu.staff.AgentId;

/**
 * The demo shop as the planner sees it, without a database: ids are handed out as the
 * stores would.
 */
final class DemoShopMother {

	static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 22);

	static final Shop SHOP = new Shop(ShopId.of(1), DemoShop.NAME, Platform.TMALL, Shop.DEFAULT_ZONE,
			LocalTime.MIDNIGHT);

	private DemoShopMother() {
	}

	static List<Product> catalogue() {
		AtomicLong skuIds = new AtomicLong();
		List<ProductDraft> drafts = LampCatalogue.drafts();
		return IntStream.range(0, drafts.size()).mapToObj(i -> {
			ProductDraft d = drafts.get(i);
			List<Sku> skus = d.skus()
				.stream()
				.map(s -> new Sku(skuIds.incrementAndGet(), s.code(), s.spec(), s.price(), s.stock()))
				.toList();
			return new Product(ProductId.of(i + 1), SHOP.id(), d.title(), d.category(), d.listed(), d.attributes(),
					d.sellingPoints(), skus);
		}).toList();
	}

	static List<Agent> agents() {
		List<Agent> agents = new ArrayList<>();
		for (DemoStaff.Member member : DemoStaff.MEMBERS) {
			var draft = member.draft(LAST_DAY);
			agents.add(new Agent(AgentId.of(agents.size() + 1L), SHOP.id(), draft.displayName(), draft.nickname(),
					member.username(), draft.roles(), draft.skillGroup(), draft.certification(), draft.certifiedOn(),
					true));
		}
		return agents;
	}

	static DemoHistory history(int scale, long seed, int days) {
		return history(new DemoVolume(scale, seed, days, LAST_DAY));
	}

	static DemoHistory history(DemoVolume volume) {
		List<Agent> agents = agents();
		return new DemoHistory(volume, SHOP, catalogue(), DemoStaff.responders(agents, volume.lastDay()),
				DemoStaff.clerk(agents));
	}

	private static List<DayPlan> month;

	/** Thirty days at scale 1, planned once for all the tests that only read them. */
	static synchronized List<DayPlan> month() {
		if (month == null) {
			month = plan(1, 20261122, 30);
		}
		return month;
	}

	static List<DayPlan> plan(int scale, long seed, int days) {
		DemoHistory history = history(scale, seed, days);
		return history.days().stream().map(history::plan).toList();
	}

}
