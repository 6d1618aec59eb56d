package io.kefu.demo.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.YearMonth;
import java.util.List;
import java.util.SplittableRandom;

import io.kefu.reception.MessageKind;
import io.kefu.staff.SkillGroup;

/**
 * The demo's suspected cheating (seed 001: 在闪人数10人以下而自动回复): on a quiet morning of the
 * last month, an experienced pre-sales agent greets a buyer, then lets the busy
 * auto-reply answer twice before answering, with hardly anybody else waiting. The
 * appraisal page lists it for the supervisor to confirm. Its own random generator, so the
 * rest of the history stays as the seed makes it.
 */
final class QuietAutoReplies {

	private static final LocalTime QUIET = LocalTime.of(9, 20);

	private QuietAutoReplies() {
	}

	/**
	 * The day of the history it happens on: the day before the last one, or the last one
	 * when that is the first of its month.
	 */
	static LocalDate dayOf(LocalDate lastDay) {
		LocalDate before = lastDay.minusDays(1);
		return YearMonth.from(before).equals(YearMonth.from(lastDay)) ? before : lastDay;
	}

	/** The conversation, or nothing when no experienced pre-sales agent is on shift. */
	static List<PlannedMessage> play(Roster roster, LocalDate day, ZoneId zone, long seed) {
		Instant start = day.atTime(QUIET).atZone(zone).toInstant();
		Responder agent = roster.onShift(start, SkillGroup.PRE_SALES)
			.stream()
			.filter(responder -> !responder.trainee())
			.findFirst()
			.orElse(null);
		if (agent == null) {
			return List.of();
		}
		Transcript transcript = new Transcript("早起的台灯控", start, zone, new SplittableRandom(seed));
		transcript.buyer("在吗");
		transcript.autoReply(agent, GreetingLines.WELCOME);
		transcript.agent(agent, "亲,在的,请问有什么可以帮您?");
		transcript.buyer("这款充电台灯能调色温吗");
		transcript.autoReply(agent, GreetingLines.BUSY);
		transcript.buyer(MessageKind.TEXT, "人呢");
		transcript.autoReply(agent, GreetingLines.BUSY);
		transcript.agent(agent, "亲,久等了,可以调的,有暖光、自然光、白光三档,看书写作业建议用自然光哦");
		transcript.buyer("好的 谢谢");
		transcript.agent(agent, "不客气哦,有问题随时找我~");
		return transcript.messages();
	}

}
