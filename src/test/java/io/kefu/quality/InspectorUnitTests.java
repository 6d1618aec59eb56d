package io.kefu.quality;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static io.kefu.quality.TranscriptBuilder.chat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each rule on the seeds' good and bad examples (seed 001 3.7, seed 004) and on the false
 * positives the JD chats showed.
 */
class InspectorUnitTests {

	private static final Inspector INSPECTOR = Inspector.of(InspectionSettings.DEFAULTS);

	/** Where the rule hit, as message indices. */
	static List<Integer> hits(TranscriptBuilder chat, Rule rule) {
		return INSPECTOR.inspect(chat.build())
			.hits()
			.stream()
			.filter(hit -> hit.rule() == rule)
			.map(RuleHit::messageIndex)
			.toList();
	}

	@Nested
	class LoneSyllable {

		@Test
		void catchesSeed004sBadGreetingAndSeed001sSyllables() {
			assertThat(hits(chat().buyer("老板在吗?").agent("在"), Rule.LONE_SYLLABLE)).containsExactly(1);
			assertThat(hits(chat().buyer("有货吗").agent("恩", "额。", "好!", "嗯嗯", "好的", "是的"), Rule.LONE_SYLLABLE))
				.containsExactly(1, 2, 3, 4, 5, 6);
		}

		@Test
		void leavesSoftenedAndLongerRepliesAlone() {
			assertThat(
					hits(chat().buyer("老板在吗?").agent("您好,在的,有什么可以帮您?", "好的呢", "是的哦", "好哒", "好的亲"), Rule.LONE_SYLLABLE))
				.isEmpty();
		}

	}

	@Nested
	class ModalParticle {

		@Test
		void catchesSentencesEndingInAYaBa() {
			assertThat(
					hits(chat().buyer("有全棉的吗").agent("好的你看,R5671这款吧,卖得很好的。", "哦,你要全棉的啊?", "亲好呀!"), Rule.MODAL_PARTICLE))
				.containsExactly(1, 2, 3);
		}

		@Test
		void ignoresParticlesInsideWordsAndClauses() {
			assertThat(hits(chat().buyer("在吗").agent("吧台灯在网吧也能用", "请问您喜欢一件式的还是套装呢?"), Rule.MODAL_PARTICLE)).isEmpty();
		}

	}

	@Nested
	class FragmentedAnswer {

		@Test
		void catchesOneQuestionAnsweredInThreeQuickPieces() {
			TranscriptBuilder chat = chat().buyer("有白色吗", "几天到").agent("有的", "亲", "一般两天到");

			assertThat(hits(chat, Rule.FRAGMENTED_ANSWER)).containsExactly(4);
		}

		@Test
		void acceptsTwoPiecesSlowPiecesAndPiecesAcrossQuestions() {
			assertThat(hits(chat().buyer("有白色吗").agent("有的", "您看下这款"), Rule.FRAGMENTED_ANSWER)).isEmpty();
			assertThat(hits(chat().buyer("有白色吗").agent("有的").after(90).agent("您看下").after(90).agent("还有黑色"),
					Rule.FRAGMENTED_ANSWER))
				.isEmpty();
			assertThat(hits(chat().buyer("有白色吗").agent("有的", "白色的").buyer("好").agent("谢谢您"), Rule.FRAGMENTED_ANSWER))
				.isEmpty();
		}

		@Test
		void countsTextsButNotTheCardsThatGoWithThem() {
			assertThat(hits(chat().buyer("有白色吗").agent("有的").card("视谱台灯 白色").agent("您看下这款"), Rule.FRAGMENTED_ANSWER))
				.isEmpty();
		}

	}

	@Nested
	class HarshPunctuation {

		@Test
		void catchesDoubledAndMixedMarksInEitherWidth() {
			assertThat(hits(chat().buyer("能便宜吗").agent("不能!?", "真的？？", "好的！！", "您选择?!"), Rule.HARSH_PUNCTUATION))
				.containsExactly(1, 2, 3, 4);
		}

		@Test
		void acceptsSingleMarks() {
			assertThat(hits(chat().buyer("在吗").agent("在的亲!有什么可以帮您?"), Rule.HARSH_PUNCTUATION)).isEmpty();
		}

	}

	@Nested
	class INotWe {

		@Test
		void catchesThreeIsMoreThanWeAtTheLastI() {
			TranscriptBuilder chat = chat().buyer("在吗")
				.agent("您好，我帮您看看")
				.buyer("好")
				.agent("我这边查到了，我们明天发")
				.buyer("谢谢")
				.agent("不客气，我应该做的");

			assertThat(hits(chat, Rule.I_NOT_WE)).containsExactly(5);
		}

		@Test
		void doesNotCountTheIInsideWeOrInMenuNames() {
			TranscriptBuilder chat = chat().buyer("在吗")
				.agent("您好，我们帮您看看")
				.buyer("在哪看")
				.agent("点击“我的订单”查看，我的-退换/售后也可以")
				.agent("我们明天发，我帮您催");

			assertThat(hits(chat, Rule.I_NOT_WE)).isEmpty();
		}

		@Test
		void needsMoreIThanWe() {
			TranscriptBuilder chat = chat().buyer("在吗").agent("我帮您看，我们这边", "我查到了，我们明天发", "我催一下，我们会尽快");

			assertThat(hits(chat, Rule.I_NOT_WE)).isEmpty();
		}

	}

	@Nested
	class NoGreeting {

		@Test
		void catchesAFirstReplyWithoutGreeting() {
			assertThat(hits(chat().buyer("老板在吗?").agent("在").agent("您好"), Rule.NO_GREETING)).containsExactly(1);
			assertThat(hits(chat().buyer("[订单]").agent("请问需要处理什么问题? 明天就能到哦亲爱的"), Rule.NO_GREETING)).containsExactly(1);
		}

		@Test
		void acceptsSeed004sGreetingAndItsVariants() {
			assertThat(hits(chat().buyer("老板在吗?").agent("您好,在的,有什么可以帮您?"), Rule.NO_GREETING)).isEmpty();
			assertThat(hits(chat().buyer("在吗").autoReply("欢迎光临").agent("亲，在的哦"), Rule.NO_GREETING)).isEmpty();
			assertThat(hits(chat().buyer("在吗").agent("尊敬的会员朋友，请讲"), Rule.NO_GREETING)).isEmpty();
		}

		@Test
		void hasNothingToSayWithoutAnAgentMessage() {
			assertThat(hits(chat().buyer("在吗").autoReply("您好，客服稍后回复"), Rule.NO_GREETING)).isEmpty();
		}

	}

	@Nested
	class BluntNo {

		@Test
		void catchesSeed004sBackpackAndBareRefusals() {
			TranscriptBuilder chat = chat().buyer("你家有个新款的多用双肩包还有吗?")
				.agent("没")
				.buyer("能改地址吗")
				.agent("亲，不可以的哦")
				.buyer("送赠品吗")
				.agent("抱歉，没有了呢");

			assertThat(hits(chat, Rule.BLUNT_NO)).containsExactly(1, 3, 5);
		}

		@Test
		void acceptsARefusalWithAnAlternative() {
			TranscriptBuilder chat = chat().buyer("你家有个新款的多用双肩包还有吗?")
				.agent("抱歉没有了,不过又有更漂亮的新款,您想看一下吗?")
				.buyer("能改地址吗")
				.agent("不能改地址，不过可以帮您拦截重新下单");

			assertThat(hits(chat, Rule.BLUNT_NO)).isEmpty();
		}

		@Test
		void acceptsARefusalTheAgentFollowsUp() {
			assertThat(hits(chat().buyer("还有货吗").agent("没有了哦").agent("不过这款黑色的也很好看，您看看?"), Rule.BLUNT_NO)).isEmpty();
		}

	}

	@Nested
	class SlowResponse {

		@Test
		void catchesAnAnswerSlowerThan100Seconds() {
			assertThat(hits(chat().buyer("在吗").after(101).agent("您好，在的"), Rule.SLOW_RESPONSE)).containsExactly(1);
		}

		@Test
		void countsFromTheRunsFirstMessage() {
			assertThat(hits(chat().buyer("在吗").after(60).buyer("有人吗").after(60).agent("您好，在的"), Rule.SLOW_RESPONSE))
				.containsExactly(2);
			assertThat(hits(chat().buyer("在吗").after(100).agent("您好，在的"), Rule.SLOW_RESPONSE)).isEmpty();
		}

		@Test
		void followsTheThresholdSetting() {
			Inspector strict = Inspector
				.of(InspectionSettings.DEFAULTS.withSlowThreshold(java.time.Duration.ofSeconds(30)));

			assertThat(strict.inspect(chat().buyer("在吗").after(40).agent("您好，在的").build()).count(Rule.SLOW_RESPONSE))
				.isEqualTo(1);
		}

	}

	@Nested
	class Unanswered {

		@Test
		void catchesAQuestionNoHumanAnswered() {
			TranscriptBuilder chat = chat().buyer("在吗").agent("您好").buyer("能便宜点吗").autoReply("客服忙，请稍候");

			assertThat(hits(chat, Rule.UNANSWERED)).containsExactly(2);
		}

		@Test
		void doesNotAskForAnAnswerToThanks() {
			assertThat(hits(chat().buyer("在吗").agent("您好，在的").buyer("好的，谢谢了!"), Rule.UNANSWERED)).isEmpty();
		}

	}

	@Nested
	class NoVerification {

		@Test
		void catchesAnOrderWhoseDetailsWereNotConfirmed() {
			TranscriptBuilder chat = chat().buyer("我拍了").orderCreated().agent("好的亲").buyer("几天到").agent("两天到哦");

			assertThat(hits(chat, Rule.NO_VERIFICATION)).containsExactly(3);
		}

		@Test
		void acceptsAConfirmationAfterTheOrder() {
			TranscriptBuilder chat = chat().buyer("我拍了").orderCreated().agent("亲，跟您核对一下收货地址：杭州市西湖区…");

			assertThat(hits(chat, Rule.NO_VERIFICATION)).isEmpty();
		}

		@Test
		void asksNothingOfOrdersOutsideTheReceptionsValidity() {
			TranscriptBuilder before = chat().buyer("在吗")
				.agent("您好")
				.orderCreatedAt(LocalDateTime.of(2026, 11, 19, 9, 0));
			TranscriptBuilder afterValidity = chat().buyer("在吗")
				.agent("您好")
				.orderCreatedAt(LocalDateTime.of(2026, 11, 22, 0, 0));

			assertThat(hits(before, Rule.NO_VERIFICATION)).isEmpty();
			assertThat(hits(afterValidity, Rule.NO_VERIFICATION)).isEmpty();
		}

	}

	@Nested
	class NoFarewell {

		@Test
		void catchesTwoAnsweredQuestionsWithoutAClosing() {
			TranscriptBuilder chat = chat().buyer("有白色吗").agent("您好，有的").buyer("几天到").agent("两天哦，请问还有其他可以帮到您的吗?");

			assertThat(hits(chat, Rule.NO_FAREWELL)).containsExactly(3);
		}

		@Test
		void acceptsAClosingAndShortReceptions() {
			assertThat(hits(chat().buyer("有白色吗").agent("您好，有的").buyer("几天到").agent("两天哦，感谢您的支持，再见"), Rule.NO_FAREWELL))
				.isEmpty();
			assertThat(hits(chat().buyer("有白色吗").agent("您好，有的"), Rule.NO_FAREWELL)).isEmpty();
		}

		@Test
		void doesNotTakeTheGreetingsPleasureToServeForAClosing() {
			TranscriptBuilder chat = chat().buyer("在吗").agent("您好，很高兴为您服务").buyer("有白色吗").agent("有的呢");

			assertThat(hits(chat, Rule.NO_FAREWELL)).containsExactly(3);
		}

	}

	@Nested
	class OffPlatform {

		@Test
		void catchesWeChatQqTransfersAndMobileNumbers() {
			TranscriptBuilder chat = chat().buyer("能便宜吗")
				.agent("加我微信吧")
				.agent("ＱＱ：12345")
				.agent("支付宝转账给我就行")
				.agent("打我电话 138-1234-5678");

			assertThat(hits(chat, Rule.OFF_PLATFORM)).containsExactly(1, 2, 3, 4);
		}

		@Test
		void acceptsPaymentChannelsAndOrderNumbers() {
			TranscriptBuilder chat = chat().buyer("怎么退款")
				.agent("微信支付的退回微信零钱，银行卡1-3个工作日")
				.agent("订单号 23145678901234 已退款");

			assertThat(hits(chat, Rule.OFF_PLATFORM)).isEmpty();
		}

	}

	@Nested
	class ExtremeWords {

		@Test
		void catchesAdvertisingLawWords() {
			assertThat(hits(chat().buyer("哪个好").agent("这款销量第一", "全网最低价哦", "顶级品质"), Rule.EXTREME_WORDS))
				.containsExactly(1, 2, 3);
		}

		@Test
		void acceptsOrdinalsAndAdvice() {
			assertThat(hits(chat().buyer("什么时候发").agent("第一时间给您发出", "第一次购买送赠品", "您最好先量一下尺寸"), Rule.EXTREME_WORDS))
				.isEmpty();
		}

	}

	@Nested
	class Rude {

		@Test
		void catchesDismissiveWords() {
			assertThat(hits(chat().buyer("什么时候到").agent("不知道", "自己看物流", "爱买不买"), Rule.RUDE)).containsExactly(1, 2, 3);
		}

		@Test
		void acceptsPoliteUsesOfTheSameWords() {
			assertThat(hits(chat().buyer("什么时候到").agent("不知道您方便什么时候收货呢?", "图片有点看不清楚，麻烦再发一张"), Rule.RUDE)).isEmpty();
		}

	}

	@Nested
	class OnlyHumanAgentMessages {

		@Test
		void leaveAutoRepliesSystemLinesAndBuyersUninspected() {
			TranscriptBuilder chat = chat().buyer("不知道啊！！加微信")
				.autoReply("嗯")
				.system("客服小美 接入会话!!")
				.agent("您好，在的，请问有什么可以帮您?");

			assertThat(INSPECTOR.inspect(chat.build()).hits()).isEmpty();
		}

		@Test
		void skipRulesOnTimesWhenTheTranscriptHasNone() {
			TranscriptBuilder chat = chat().buyer("在吗").after(500).agent("您好").buyer("能便宜吗").untimed();

			assertThat(INSPECTOR.inspect(chat.build()).hits()).isEmpty();
		}

	}

}
