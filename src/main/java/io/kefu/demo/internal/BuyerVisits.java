package io.kefu.demo.internal;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.SplittableRandom;

import io.kefu.order.Flag;
import io.kefu.reception.Direction;
import io.kefu.reception.MessageKind;
import io.kefu.shop.Sku;
import io.kefu.staff.SkillGroup;

import org.jspecify.annotations.Nullable;

/**
 * One business day's buyers as they come: who receives them, whether the auto-reply
 * greets them, what they intend and which orders follow their chats.
 */
final class BuyerVisits {

	private final SplittableRandom random;

	private final Roster roster;

	private final OrderDesk orders;

	private final ZoneId zone;

	private final DemoKnowledge.@Nullable Campaign campaign;

	BuyerVisits(SplittableRandom random, Roster roster, OrderDesk orders, ZoneId zone,
			DemoKnowledge.@Nullable Campaign campaign) {
		this.random = random;
		this.roster = roster;
		this.orders = orders;
		this.zone = zone;
		this.campaign = campaign;
	}

	/**
	 * @return whether the buyer left undecided, and may come back another day
	 */
	boolean consult(String nick, Lamp lamp, Instant arrival, List<PlannedMessage> messages,
			List<PlannedOrder> planned) {
		ZonedDateTime local = arrival.atZone(zone);
		Responder agent = roster.pick(random, arrival, SkillGroup.PRE_SALES);
		Consultation c = consultation(nick, lamp, arrival, agent == null ? roster.nightAccount() : agent);
		boolean undecided = false;
		if (agent == null || NightMessages.isNight(local.toLocalTime())) {
			night(c, local);
		}
		else if (random.nextInt(50) == 0) {
			// an empty chat: the buyer only sends a product card and leaves
			c.transcript.buyer(MessageKind.CARD, lamp.card());
			c.transcript.autoReply(agent, GreetingLines.WELCOME);
		}
		else if (random.nextInt(30) == 0) {
			paidFirst(c, nick, lamp, arrival, planned);
		}
		else {
			undecided = sell(c, nick, lamp, planned, messages);
		}
		messages.addAll(c.transcript.messages());
		return undecided;
	}

	private boolean sell(Consultation c, String nick, Lamp lamp, List<PlannedOrder> planned,
			List<PlannedMessage> messages) {
		PreSalesChat.Intent intent = intent();
		Instant orderedAt = PreSalesChat.play(c, intent, welcome(c.transcript.now()), roster);
		Instant createdAt = switch (intent) {
			case ORDER_NOW -> orderedAt;
			case ORDER_LATER -> c.transcript.now().plusSeconds(random.nextInt(20 * 60, 26 * 3600));
			default -> null;
		};
		if (createdAt == null || !orders.withinHistory(createdAt)) {
			return intent != PreSalesChat.Intent.ORDER_LATER;
		}
		OrderDesk.Payment payment = payment(intent);
		// a sold-out SKU cannot be ordered: the buyer takes the one the agent offered
		// instead
		Sku sku = c.sku().stock() > 0 ? c.sku() : lamp.inStockOtherThan(c.sku());
		OrderDesk.Sale sale = orders.place(random, nick, lamp, sku, c.destination, createdAt, payment,
				c.remarks(createdAt), campaign);
		PlannedOrder order = sale.order();
		if (sale.remindedAt() != null) {
			remind(c, sale, messages);
			order = order.paidAt() == null ? order : remindedAndPaid(c, order);
		}
		planned.add(order);
		return false;
	}

	/**
	 * The agent notes the reminder's success with a green flag, unless a red one must
	 * stay for the clerk.
	 */
	private PlannedOrder remindedAndPaid(Consultation c, PlannedOrder order) {
		boolean red = order.remarks().stream().anyMatch(r -> r.flag() == Flag.RED);
		return order.withRemark(RemarkForm.write(c.agent().id(), c.agent().name(), "催付成功,已付款", red ? null : Flag.GREEN,
				order.paidAt(), zone));
	}

	/**
	 * 催付, first touch (seed 000 第一次旺旺留言): the agent writes the next morning about the
	 * unpaid order.
	 */
	private void remind(Consultation c, OrderDesk.Sale sale, List<PlannedMessage> messages) {
		messages.add(new PlannedMessage(c.transcript.nick(), Direction.OUT, MessageKind.TEXT, c.agent().id(),
				sale.remindedAt(), "亲,看到您已经下单成功了但是还没有付款哦,您选好的这款" + c.lamp.spoken() + "," + c.lamp.sellingPoint(random)
						+ "。今天下午4点之前付款的,当天就可以为您发出哦,我一直在等您呢/:809"));
	}

	private void paidFirst(Consultation c, String nick, Lamp lamp, Instant arrival, List<PlannedOrder> planned) {
		// created and paid (within ten minutes) before the buyer writes
		Instant createdAt = arrival.minusSeconds(random.nextInt(600, 1200));
		OrderDesk.Sale sale = orders.place(random, nick, lamp, lamp.inStockOtherThan(c.sku()), c.destination, createdAt,
				OrderDesk.Payment.NOW, List.of(), campaign);
		planned.add(sale.order());
		PreSalesChat.afterPaying(c, sale.order().orderNo(), welcome(arrival));
	}

	private void night(Consultation c, ZonedDateTime local) {
		Responder away = random.nextInt(5) < 3 ? roster.nightAccount() : null;
		Responder morning = null;
		Instant morningStart = local.toLocalDate()
			.atTime(9, 0)
			.atZone(zone)
			.toInstant()
			.plusSeconds(random.nextInt(1200));
		if (local.toLocalTime().isBefore(LocalTime.of(9, 0)) && random.nextBoolean()) {
			morning = roster.pick(random, morningStart, SkillGroup.PRE_SALES);
		}
		NightMessages.play(c, away, morning, morningStart);
	}

	void afterSales(AfterSalesCase aCase, List<PlannedMessage> messages) {
		Consultation c = new Consultation(new Transcript(aCase.nick(), aCase.startsAt(), zone, random), random,
				aCase.agent(), aCase.lamp(), aCase.destination(), campaign);
		Responder frontDesk = aCase.agent().group() == SkillGroup.AFTER_SALES && random.nextInt(4) == 0
				? roster.pick(random, aCase.startsAt(), SkillGroup.PRE_SALES) : null;
		AfterSalesChat.play(c, aCase, frontDesk, welcome(aCase.startsAt()));
		messages.addAll(c.transcript.messages());
	}

	private Consultation consultation(String nick, Lamp lamp, Instant arrival, Responder agent) {
		return new Consultation(new Transcript(nick, arrival, zone, random), random, agent, lamp,
				Destinations.next(random), campaign);
	}

	/**
	 * The welcome auto-reply greets most buyers; in the evening peak it says the agents
	 * are busy.
	 */
	private @Nullable String welcome(Instant at) {
		int hour = at.atZone(zone).getHour();
		if (random.nextInt(10) < 2) {
			return null;
		}
		return hour >= 20 && hour < 22 && random.nextBoolean() ? GreetingLines.BUSY : GreetingLines.WELCOME;
	}

	private PreSalesChat.Intent intent() {
		int roll = random.nextInt(100);
		return roll < 35 ? PreSalesChat.Intent.ORDER_NOW : roll < 47 ? PreSalesChat.Intent.ORDER_LATER
				: roll < 80 ? PreSalesChat.Intent.THINK : PreSalesChat.Intent.LEAVE;
	}

	private OrderDesk.Payment payment(PreSalesChat.Intent intent) {
		int roll = random.nextInt(100);
		if (intent == PreSalesChat.Intent.ORDER_LATER) {
			return roll < 85 ? OrderDesk.Payment.NOW : OrderDesk.Payment.NEVER;
		}
		return roll < 78 ? OrderDesk.Payment.NOW : roll < 88 ? OrderDesk.Payment.NEXT_DAY : OrderDesk.Payment.NEVER;
	}

}
