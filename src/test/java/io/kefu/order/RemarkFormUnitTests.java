package io.kefu.order;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RemarkFormUnitTests {

	private static final LocalDate DAY = LocalDate.of(2026, 11, 22);

	@Test
	void writesAgentRequestAndDateAsTheSeedDoes() {
		RemarkForm form = RemarkForm.of("蔡蔡", "送某某礼物一份,发申通", LocalDate.of(2014, 8, 20));

		assertThat(form.text()).isEqualTo("蔡蔡 送某某礼物一份,发申通 2014.8.20");
	}

	@Test
	void datesWithTwoDigitMonthsAndDaysAreWrittenWithoutPadding() {
		assertThat(RemarkForm.of("小美", "改地址", DAY).text()).isEqualTo("小美 改地址 2026.11.22");
		assertThat(RemarkForm.of("小美", "改地址", LocalDate.of(2026, 3, 5)).text()).isEqualTo("小美 改地址 2026.3.5");
	}

	@Test
	void freeTextIsKeptAsTypedButForSurroundingSpace() {
		RemarkForm form = RemarkForm.of(" 小雨 ", "  客户要求修改地址,新地址为:杭州市西湖区文三路 90 号  ", DAY);

		assertThat(form.text()).isEqualTo("小雨 客户要求修改地址,新地址为:杭州市西湖区文三路 90 号 2026.11.22");
	}

	@Test
	void aBlankRequestIsRejectedNamingTheRequest() {
		assertRejected(" \t ");
		assertRejected("");
		assertThatThrownBy(() -> RemarkForm.of("小美", null, DAY)).isInstanceOf(RemarkRejected.class)
			.extracting(ex -> ((RemarkRejected) ex).field())
			.isEqualTo("request");
	}

	@Test
	void aRequestOfTwoHundredCharactersFitsAndOneMoreDoesNot() {
		String fits = "灯".repeat(RemarkForm.MAX_REQUEST_LENGTH);

		assertThat(RemarkForm.of("小美", fits, DAY).request()).hasSize(200);
		assertThatThrownBy(() -> RemarkForm.of("小美", fits + "灯", DAY)).isInstanceOf(RemarkRejected.class)
			.hasMessageContaining("request")
			.hasMessageContaining("200")
			.hasMessageContaining("201");
	}

	@Test
	void charactersOutsideTheBasicPlaneCountOnce() {
		String emoji = "😊".repeat(RemarkForm.MAX_REQUEST_LENGTH);

		assertThat(RemarkForm.of("小美", emoji, DAY).text()).startsWith("小美 😊");
	}

	@Test
	void lineBreaksAndControlCharactersAreRejected() {
		assertRejected("改地址\n新地址为:杭州");
		assertRejected("改颜色为白色\r送灯泡");
		assertRejected("改地址\u2028杭州");
		assertRejected("送\u0000灯泡");
	}

	@Test
	void aLineBreakAtTheEndIsTrimmedLikeASpace() {
		assertThat(RemarkForm.of("小美", "顺丰发货\n", DAY).text()).isEqualTo("小美 顺丰发货 2026.11.22");
	}

	@Test
	void theAgentNameIsNeededOnOneLine() {
		assertThatThrownBy(() -> RemarkForm.of(" ", "改地址", DAY)).isInstanceOf(RemarkRejected.class)
			.extracting(ex -> ((RemarkRejected) ex).field())
			.isEqualTo("agentName");
		assertThatThrownBy(() -> RemarkForm.of("小\n美", "改地址", DAY)).isInstanceOf(RemarkRejected.class)
			.extracting(ex -> ((RemarkRejected) ex).field())
			.isEqualTo("agentName");
	}

	@Test
	void presetsStartWithTheSeedsWordingAndSuggestItsFlag() {
		assertThat(RemarkKind.ADDRESS.wording()).isEqualTo("客户要求修改地址,新地址为:");
		assertThat(RemarkKind.ADDRESS.suggestedFlag()).isEqualTo(Flag.RED);
		assertThat(RemarkKind.ATTRIBUTE.suggestedFlag()).isEqualTo(Flag.RED);
		assertThat(RemarkKind.GIFT.suggestedFlag()).isEqualTo(Flag.YELLOW);
		assertThat(RemarkForm.of("小美", RemarkKind.COURIER.wording() + "顺丰", DAY).text())
			.isEqualTo("小美 客户要求发顺丰 2026.11.22");
	}

	private static void assertRejected(String request) {
		assertThatThrownBy(() -> RemarkForm.of("小美", request, DAY)).isInstanceOf(RemarkRejected.class)
			.satisfies(ex -> assertThat(((RemarkRejected) ex).field()).isEqualTo("request"));
	}

}
