package io.kefu.demo.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import io.kefu.order.Flag;
import io.kefu.reception.MessageKind;

import org.jspecify.annotations.Nullable;

import static io.kefu.demo.internal.Wording.any;

/**
 * A pre-sales reception along the eight steps of seed 004 (问好 提问 分析 推荐 谈判 帮助 核实 告别): the
 * buyer greets, the auto-reply and the agent answer, the agent finds out what the buyer
 * needs and recommends a lamp, answers the buyer's questions and bargaining, and closes
 * with the verification of the order or a farewell.
 */
final class PreSalesChat {

	/** What the buyer will do, decided before the chat so the chat can lead there. */
	enum Intent {

		ORDER_NOW, ORDER_LATER, THINK, LEAVE

	}

	private PreSalesChat() {
	}

	/**
	 * Plays the consultation.
	 * @param welcome the auto-reply the buyer gets on arrival, if any
	 * @return when the buyer placed the order while chatting, or null
	 */
	static @Nullable Instant play(Consultation c, Intent intent, @Nullable String welcome, Roster roster) {
		greet(c, welcome);
		recommend(c);
		Set<SalesTopics> asked = EnumSet.noneOf(SalesTopics.class);
		int questions = 1 + c.random.nextInt(4);
		for (int i = 0; i < questions; i++) {
			SalesTopics topic = SalesTopics.pick(c.random, c.lamp);
			if (asked.add(topic)) {
				topic.play(c);
			}
			handOverIfNeeded(c, roster);
		}
		return close(c, intent);
	}

	/**
	 * Seed 000 forbids passing buyers on without a reason; the two reasons here are the
	 * end of the agent's shift and a trainee who cannot answer.
	 */
	private static void handOverIfNeeded(Consultation c, Roster roster) {
		Responder colleague = roster.colleagueOf(c.agent(), c.transcript.now());
		if (colleague == null) {
			return;
		}
		if (!roster.isOnShift(c.agent(), c.transcript.now())) {
			c.answer("亲,我这边要交班了,后面由同事" + colleague.name() + "继续为您服务哦,您的问题我都转告她了");
			c.transferTo(colleague);
		}
		else if (c.agent().trainee() && c.random.nextInt(4) == 0) {
			c.answer("亲,这个问题我请同事帮您详细解答哦,请稍等");
			c.transferTo(colleague);
		}
	}

	private static void greet(Consultation c, @Nullable String welcome) {
		if (c.random.nextInt(10) < 4) {
			c.transcript.buyer(MessageKind.CARD, c.lamp.card());
		}
		c.buyer(GreetingLines.buyerHello(c.random));
		if (welcome != null) {
			c.transcript.autoReply(c.agent(), welcome);
		}
		c.answer(
				GreetingLines.agentHello(c.random, c.agent().name(), c.random.nextBoolean() ? c.campaignScript : null));
	}

	/**
	 * 提问 分析 推荐: a closed question about the need, then the lamp as a card with one of its
	 * selling points.
	 */
	private static void recommend(Consultation c) {
		if (c.random.nextInt(10) < 4) {
			return;
		}
		c.buyer(any(c.random, "想买个" + c.lamp.product().category() + ",推荐一下", "给孩子写作业用的 哪款好", "宿舍用的 要能充电的", "床头看书用 有推荐吗",
				"电脑桌用的 怕反光"));
		c.answer(any(c.random, "好的亲,请问是自己用还是给孩子用呢?主要是看书写字还是用电脑呢?", "亲,您对亮度和色温有要求么?喜欢能充电的还是插电的呢?"));
		c.buyer(any(c.random, "孩子用 三年级", "自己用 晚上看书", "插电的就行", "要能充电的", "主要用电脑"));
		c.transcript.agent(c.agent(), MessageKind.CARD, c.lamp.card());
		c.answer("亲,推荐您看看这款" + c.lamp.spoken() + "," + c.lamp.sellingPoint(c.random) + ",是我们店卖得非常好的款式,性价比非常高哦");
	}

	private static @Nullable Instant close(Consultation c, Intent intent) {
		switch (intent) {
			case ORDER_NOW -> {
				return order(c);
			}
			case ORDER_LATER, THINK -> {
				c.buyer(GreetingLines.thinkItOver(c.random));
				c.answer(GreetingLines.letThemThink(c.random, c.campaign));
			}
			case LEAVE -> {
				if (c.random.nextBoolean()) {
					c.transcript.pause(c.random.nextInt(120, 600));
					c.answer("亲,还在吗?有什么疑问可以随时问我哦~");
				}
			}
		}
		return null;
	}

	/**
	 * 帮助 核实 告别: the buyer orders, the agent verifies the receiver and says when it ships
	 * (售前规范语言 (6)–(8)).
	 */
	private static Instant order(Consultation c) {
		c.buyer(any(c.random, "好的 那我拍了", "行 我下单了", "那就这个吧", "拍了"));
		c.transcript.pause(c.random.nextInt(20, 120));
		Instant orderedAt = c.transcript.now();
		c.buyer(any(c.random, "拍好了", "已拍 帮我看下地址", "拍好了 尽快发货哦"));
		var receiver = c.destination.receiver();
		c.answer("亲留的信息是" + receiver.name() + " " + receiver.phone() + " " + receiver.address() + " " + c.sku().spec()
				+ ",请您核实一下是否正确?");
		if (c.random.nextInt(10) == 0) {
			c.buyer("地址要改一下,改成公司地址");
			c.answer("好的亲,已经帮您备注修改地址了,打单前会按新地址发出,请您放心");
			c.remark("客户要求改地址为公司地址(见留言),已通知打单", Flag.RED);
		}
		else {
			c.buyer(any(c.random, "恩,好的", "对的", "没问题"));
		}
		c.answer("恩好的,我们打包时间一般是晚上7点到晚上9点钟,单号在晚上11点前填上。如果亲您是在今日下午4点前拍下的话," + "正常情况下货品是当天发的,如果不是的话就要等到明天了哟~(*^__^*)");
		if (c.random.nextBoolean()) {
			c.buyer(GreetingLines.buyerThanks(c.random));
			c.answer(GreetingLines.farewell(c.random));
		}
		return orderedAt;
	}

	/** A buyer who ordered and paid before anybody answered, and asks when it ships. */
	static void afterPaying(Consultation c, String orderNo, @Nullable String welcome) {
		c.transcript.buyer(MessageKind.CARD, "[订单] " + orderNo);
		c.buyer(any(c.random, "已拍 今天能发货吗", "付好款了 什么时候发", "拍了 急用 能快点发吗"));
		if (welcome != null) {
			c.transcript.autoReply(c.agent(), welcome);
		}
		c.answer("亲,看到您的订单了,感谢支持!如果是今日下午4点前付款的话,正常情况下货品是当天发的,不是的话就要等到明天了哟~");
		c.buyer(GreetingLines.buyerThanks(c.random));
		c.answer(GreetingLines.farewell(c.random));
	}

}
