package io.kefu.demo.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import io.kefu.demo.DemoVolume;
import io.kefu.shop.Product;
import io.kefu.shop.Shop;

import org.jspecify.annotations.Nullable;

/**
 * Plans the demo shop's history day by day, from the seed alone: buyers arriving along
 * the day's curve, their consultations, their orders, and the after-sales cases of
 * earlier orders. Pure Java, so the same seed gives the same history whatever stores it.
 * Days must be planned in order, from {@link #days()}.
 */
final class DemoHistory {

	/** Consultations on an ordinary weekday at scale 1: about 25,000 messages a month. */
	static final int CONSULTATIONS_PER_DAY = 50;

	static final int SILENT_ORDERS_PER_DAY = 9;

	private final DemoVolume volume;

	private final Shop shop;

	private final SplittableRandom random;

	private final Showroom showroom;

	private final Roster roster;

	private final AfterSalesDesk afterSales;

	private final OrderDesk orders;

	private final BuyerNicks nicks = new BuyerNicks();

	private final List<String> undecided = new ArrayList<>();

	private final List<DemoKnowledge.Campaign> campaigns;

	private final Instant horizon;

	DemoHistory(DemoVolume volume, Shop shop, List<Product> catalogue, List<Responder> responders,
			OrderDesk.@Nullable Clerk clerk) {
		this.volume = volume;
		this.shop = shop;
		this.random = new SplittableRandom(volume.seed());
		this.showroom = new Showroom(catalogue);
		this.roster = new Roster(responders, shop.timeZone());
		this.horizon = horizon(volume, shop);
		this.afterSales = new AfterSalesDesk(roster, shop.timeZone(), this.horizon);
		this.orders = new OrderDesk(shop.timeZone(), this.horizon, afterSales, clerk);
		this.campaigns = DemoKnowledge.campaigns(volume.lastDay());
	}

	List<LocalDate> days() {
		LocalDate first = volume.lastDay().minusDays(volume.days() - 1L);
		return Stream.iterate(first, day -> !day.isAfter(volume.lastDay()), day -> day.plusDays(1)).toList();
	}

	DayPlan plan(LocalDate day) {
		DemoKnowledge.Campaign campaign = campaigns.stream().filter(c -> c.runsOn(day)).findFirst().orElse(null);
		double busy = ArrivalCurve.dayFactor(day, campaign);
		List<PlannedMessage> messages = new ArrayList<>();
		List<PlannedOrder> planned = new ArrayList<>();
		List<String> comingBack = new ArrayList<>();
		BuyerVisits visits = new BuyerVisits(random, roster, orders, shop.timeZone(), campaign);
		int consultations = (int) Math.round(CONSULTATIONS_PER_DAY * volume.scale() * busy);
		for (int i = 0; i < consultations; i++) {
			Instant arrival = shop.startOf(day).plusSeconds(ArrivalCurve.secondOfDay(random));
			String nick = returning() ? undecided.remove(random.nextInt(undecided.size())) : nicks.next(random);
			if (visits.consult(nick, showroom.lamp(random), arrival, messages, planned)) {
				comingBack.add(nick);
			}
		}
		// buyers who left undecided today may come back from tomorrow on
		undecided.addAll(comingBack);
		for (AfterSalesCase aCase : afterSales.casesOn(day)) {
			visits.afterSales(aCase, messages);
		}
		int silent = (int) Math.round(SILENT_ORDERS_PER_DAY * volume.scale() * busy);
		for (int i = 0; i < silent; i++) {
			Instant at = shop.startOf(day).plusSeconds(ArrivalCurve.secondOfDay(random));
			planned.add(orders.placeSilently(random, nicks.next(random), showroom.lamp(random), at));
		}
		if (day.equals(QuietAutoReplies.dayOf(volume.lastDay()))) {
			messages.addAll(QuietAutoReplies.play(roster, day, shop.timeZone(), volume.seed()));
		}
		// a late chat can run past the end of the history, which has not happened yet
		messages.removeIf(message -> !message.at().isBefore(horizon));
		planned.removeIf(order -> !order.createdAt().isBefore(horizon));
		return new DayPlan(day, messages, planned);
	}

	/**
	 * The end of the last day, or the moment given as the history's end when that comes
	 * first.
	 */
	private static Instant horizon(DemoVolume volume, Shop shop) {
		Instant endOfLastDay = shop.startOf(volume.lastDay().plusDays(1));
		return volume.until() != null && volume.until().isBefore(endOfLastDay) ? volume.until() : endOfLastDay;
	}

	/** One buyer in ten is one who asked on an earlier day without ordering. */
	private boolean returning() {
		return !undecided.isEmpty() && random.nextInt(10) == 0;
	}

	/** The catalogue as buyers find it: the first lamps are the best sellers. */
	static final class Showroom {

		private final List<Lamp> lamps;

		private final double[] cumulative;

		Showroom(List<Product> catalogue) {
			this.lamps = catalogue.stream().map(Lamp::new).toList();
			this.cumulative = new double[lamps.size()];
			double sum = 0;
			for (int i = 0; i < lamps.size(); i++) {
				sum += 1.0 / (1 + 0.3 * i);
				cumulative[i] = sum;
			}
		}

		Lamp lamp(SplittableRandom random) {
			double point = random.nextDouble(cumulative[cumulative.length - 1]);
			int i = 0;
			while (cumulative[i] <= point) {
				i++;
			}
			return lamps.get(i);
		}

	}

}
