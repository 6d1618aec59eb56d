package io.kefu.demo.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.kefu.demo.DemoShop;
import io.kefu.demo.DemoSummary;
import io.kefu.demo.DemoVolume;
import io.kefu.shop.NewShop;
import io.kefu.shop.Platform;
import io.kefu.shop.Product;
import io.kefu.shop.Shop;
import io.kefu.shop.Shops;
import io.kefu.staff.Agent;
import io.kefu.staff.Staff;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens the demo shop, stocks it, hires its people and stores its history one planned day
 * at a time, so that even a million messages never sit in memory at once.
 */
@Service
class DemoShopGenerator implements DemoShop {

	private static final Logger log = LoggerFactory.getLogger(DemoShopGenerator.class);

	private final Shops shops;

	private final Staff staff;

	private final ShopSetup setup;

	private final HistoryWriter writer;

	private final DemoReminders reminders;

	private final DemoAfterSaleFollowups afterSale;

	private final DemoAppraisal appraisal;

	private final DemoFigureTargets figureTargets;

	private final DemoTraining training;

	private final DemoTyping typing;

	private final DemoQuiz quiz;

	private final DemoRoster roster;

	DemoShopGenerator(Shops shops, Staff staff, ShopSetup setup, HistoryWriter writer, DemoReminders reminders,
			DemoAfterSaleFollowups afterSale, DemoAppraisal appraisal, DemoFigureTargets figureTargets,
			DemoTraining training, DemoTyping typing, DemoQuiz quiz, DemoRoster roster) {
		this.roster = roster;
		this.training = training;
		this.quiz = quiz;
		this.typing = typing;
		this.afterSale = afterSale;
		this.appraisal = appraisal;
		this.figureTargets = figureTargets;
		this.shops = shops;
		this.staff = staff;
		this.setup = setup;
		this.writer = writer;
		this.reminders = reminders;
	}

	@Override
	@Transactional
	public DemoSummary generate(DemoVolume volume) {
		if (shops.findByName(NAME).isPresent()) {
			throw new IllegalStateException("The demo shop " + NAME + " already exists in this database");
		}
		Shop shop = shops.open(NewShop.of(NAME, Platform.TMALL));
		List<Product> catalogue = setup.stock(shop, volume.lastDay());
		List<Agent> agents = DemoStaff.hire(staff, shop.id().value(), volume.lastDay());
		DemoHistory history = new DemoHistory(volume, shop, catalogue, DemoStaff.responders(agents, volume.lastDay()),
				DemoStaff.clerk(agents));
		long messages = 0;
		for (LocalDate day : history.days()) {
			messages += writer.store(shop.id().value(), history.plan(day));
			log.debug("Stored the demo day {}", day);
		}
		Instant now = volume.until() != null ? volume.until() : shop.startOf(volume.lastDay().plusDays(1));
		log.debug("Worked {} payment reminders of the demo", reminders.work(shop, now, volume.seed()));
		log.debug("Opened {} follow-ups after the sale", afterSale.work(shop, now, volume.seed()));
		typing.take(shop, now);
		appraisal.appraise(shop, now);
		figureTargets.set(shop);
		quiz.take(shop, training.enrol(shop, volume.lastDay(), now), now);
		roster.plan(shop, now);
		return new DemoSummary(shop.id(), catalogue.size(), agents.size(), writer.buyersOf(shop.id().value()), messages,
				writer.ordersOf(shop.id().value()));
	}

}
