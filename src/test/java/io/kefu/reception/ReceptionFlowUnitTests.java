package io.kefu.reception;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReceptionFlowUnitTests {

	private final List<ReceptionFlow.Line> lines = new ArrayList<>();

	@Test
	void aNewConversationStartsWithTheGreeting() {
		buyer("老板在吗?");

		ReceptionFlow.Progress progress = ReceptionFlow.of(lines);

		assertThat(progress.current()).isNull();
		assertThat(progress.next()).isEqualTo(ReceptionStep.GREETING);
	}

	@Test
	void aShopAutoReplyIsNotTheAgentsGreeting() {
		buyer("在吗");
		lines.add(ReceptionFlow.Line.of(Direction.OUT, MessageKind.AUTO_REPLY, "您好，欢迎光临视谱台灯旗舰店"));

		assertThat(ReceptionFlow.of(lines).reached()).isEmpty();
	}

	@Test
	void aGreetingAndAQuestionLeadToAnalysis() {
		buyer("老板我想要一个台灯，你推荐下吧!");
		agent("您好，在的，有什么可以帮您?");
		agent("请问是给孩子写作业用，还是办公用呢?");

		ReceptionFlow.Progress progress = ReceptionFlow.of(lines);

		assertThat(progress.reached()).containsExactlyInAnyOrder(ReceptionStep.GREETING, ReceptionStep.QUESTIONING);
		assertThat(progress.current()).isEqualTo(ReceptionStep.QUESTIONING);
		assertThat(progress.next()).isEqualTo(ReceptionStep.ANALYSIS);
	}

	@Test
	void afterARecommendationVerificationComesBeforeTheFarewell() {
		buyer("孩子写作业用");
		agent("您好亲");
		agent("给孩子用的话推荐这款护眼台灯，卖得很好的");
		buyer("能便宜点吗");
		agent("亲，我们是品牌直营，价格都是统一的，不过现在下单送灯泡哦");
		agent("谢谢亲，欢迎下次光临");

		ReceptionFlow.Progress progress = ReceptionFlow.of(lines);

		assertThat(progress.reached()).contains(ReceptionStep.RECOMMENDATION, ReceptionStep.NEGOTIATION,
				ReceptionStep.HELP, ReceptionStep.FAREWELL);
		assertThat(progress.reached()).doesNotContain(ReceptionStep.VERIFICATION);
		assertThat(progress.next()).isEqualTo(ReceptionStep.VERIFICATION);
	}

	@Test
	void confirmingTheAddressAfterTheOrderIsVerification() {
		agent("您好");
		agent("这款有货的，您拍下后我给您改价");
		agent("亲，跟您确认一下收货地址：浙江省杭州市西湖区文三路 100 号，白色款，发圆通可以吗?");

		ReceptionFlow.Progress progress = ReceptionFlow.of(lines);

		assertThat(progress.reached()).contains(ReceptionStep.VERIFICATION);
		assertThat(progress.next()).isEqualTo(ReceptionStep.FAREWELL);
	}

	@Test
	void aStepSetByTheAgentOverridesWhatWasDetected() {
		agent("您好");

		ReceptionFlow.Progress corrected = ReceptionFlow.of(lines).correctedTo(ReceptionStep.HELP);

		assertThat(corrected.current()).isEqualTo(ReceptionStep.HELP);
		assertThat(corrected.next()).isEqualTo(ReceptionStep.VERIFICATION);
	}

	@Test
	void bargainingCountsOnlyOnceTheAgentAnswersIt() {
		agent("您好");
		buyer("太贵了，能不能少点");

		assertThat(ReceptionFlow.of(lines).reached()).doesNotContain(ReceptionStep.NEGOTIATION);
	}

	private void buyer(String text) {
		lines.add(ReceptionFlow.Line.of(Direction.IN, MessageKind.TEXT, text));
	}

	private void agent(String text) {
		lines.add(ReceptionFlow.Line.of(Direction.OUT, MessageKind.TEXT, text));
	}

}
