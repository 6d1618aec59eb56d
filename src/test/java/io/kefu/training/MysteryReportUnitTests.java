package io.kefu.training;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import io.kefu.quality.InspectionSettings;
import io.kefu.quality.Inspector;
import io.kefu.quality.Rule;
import io.kefu.reception.ChatMessage;
import io.kefu.reception.Direction;
import io.kefu.reception.MessageKind;
import io.kefu.reception.ReceptionStep;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The session's report from its transcript: the trainee's waits, the reception steps and
 * the quality rules, auto-replies counting for nothing.
 */
class MysteryReportUnitTests {

	private static final Instant T0 = Instant.parse("2026-12-07T02:00:00Z");

	private final Inspector inspector = Inspector.of(InspectionSettings.DEFAULTS);

	@Test
	void responseTimesRunFromTheBuyersFirstUnansweredMessageToTheTraineesReply() {
		Chat chat = new Chat().buyer(0, "在吗？能便宜点吗？")
			.auto(1, "欢迎光临")
			.trainee(20, "亲，您好，我们统一定价哦")
			.buyer(30, "别家便宜多了")
			.buyer(40, "真的不能少？")
			.trainee(100, "质量有保障，推荐您放心拍下，感谢支持");

		MysteryReport report = MysteryReport.of(chat.messages, inspector, ZoneId.of("Asia/Shanghai"), null);

		assertThat(report.firstResponseSeconds()).isEqualTo(20);
		assertThat(report.longestResponseSeconds()).isEqualTo(70);
		assertThat(report.averageResponseSeconds()).isEqualTo(45);
		assertThat(report.replies()).isEqualTo(2);
		assertThat(report.unanswered()).isZero();
		assertThat(report.steps()).contains(ReceptionStep.GREETING, ReceptionStep.NEGOTIATION,
				ReceptionStep.RECOMMENDATION, ReceptionStep.FAREWELL);
		assertThat(report.stepsTotal()).isEqualTo(8);
	}

	@Test
	void aBuyerLeftWithoutAReplyIsCountedAndNoTimeIsMade() {
		Chat chat = new Chat().buyer(0, "有货吗").auto(1, "欢迎光临");

		MysteryReport report = MysteryReport.of(chat.messages, inspector, ZoneId.of("Asia/Shanghai"), null);

		assertThat(report.firstResponseSeconds()).isNull();
		assertThat(report.unanswered()).isEqualTo(1);
		assertThat(report.steps()).isEmpty();
	}

	@Test
	void qualityHitsPointAtTheTraineesMessage() {
		Chat chat = new Chat().buyer(0, "收到是坏的").trainee(10, "不知道!!自己看说明书");

		MysteryReport report = MysteryReport.of(chat.messages, inspector, ZoneId.of("Asia/Shanghai"), null);

		assertThat(report.hits()).extracting(MysteryReport.Hit::rule).contains(Rule.RUDE, Rule.HARSH_PUNCTUATION);
		assertThat(report.hits()).allSatisfy(hit -> assertThat(hit.seq()).isEqualTo(2));
		assertThat(report.qualityScore()).isLessThan(80);
	}

	/** A conversation built message by message, seconds after T0. */
	private static final class Chat {

		final List<ChatMessage> messages = new ArrayList<>();

		Chat buyer(int second, String text) {
			return add(Direction.IN, MessageKind.TEXT, null, second, text);
		}

		Chat trainee(int second, String text) {
			return add(Direction.OUT, MessageKind.TEXT, 7L, second, text);
		}

		Chat auto(int second, String text) {
			return add(Direction.OUT, MessageKind.AUTO_REPLY, 7L, second, text);
		}

		private Chat add(Direction direction, MessageKind kind, Long agent, int second, String text) {
			int seq = messages.size() + 1;
			messages
				.add(new ChatMessage(seq, 1, seq, direction, kind, agent, null, text, T0.plusSeconds(second), null));
			return this;
		}

	}

}
