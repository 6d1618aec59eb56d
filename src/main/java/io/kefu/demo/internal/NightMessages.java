package io.kefu.demo.internal;

import java.time.Instant;
import java.time.LocalTime;

import org.jspecify.annotations.Nullable;

import static io.kefu.demo.internal.Wording.any;

/**
 * Buyers who write while nobody works (23:30 to 9:00): some get the away auto-reply, some
 * nothing at all (未接待); those who wrote after midnight are answered by the morning shift
 * (处理昨日遗留问题), those who wrote before it stay unanswered that business day.
 */
final class NightMessages {

	private NightMessages() {
	}

	/**
	 * @param away the account whose away auto-reply answers, or null for none
	 * @param morning who answers in the morning, or null for nobody
	 */
	static void play(Consultation c, @Nullable Responder away, @Nullable Responder morning, Instant morningStart) {
		c.buyer(GreetingLines.buyerHello(c.random));
		c.buyer(any(c.random, "这款" + c.sku().spec() + "有货吗", "明天能发货吗", "充电的那款还有吗", "这个灯适合小学生用吗"));
		if (away != null) {
			c.transcript.autoReply(away, GreetingLines.AWAY);
		}
		if (c.random.nextInt(3) == 0) {
			c.buyer(any(c.random, "人呢", "明天再问吧", "看到回复我"));
		}
		if (morning == null) {
			return;
		}
		long wait = morningStart.getEpochSecond() - c.transcript.now().getEpochSecond();
		c.transcript.pause(Math.max(0, wait));
		c.transcript.agent(morning, "亲,不好意思让您久等了,昨晚的留言看到了。在架的宝贝我们这里都有货的," + "今天下午4点前拍下的话当天就可以为您发出哦,有什么问题可以随时找我~");
	}

	static boolean isNight(LocalTime time) {
		return time.isBefore(LocalTime.of(9, 0)) || !time.isBefore(LocalTime.of(23, 30));
	}

}
