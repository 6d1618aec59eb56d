package io.kefu.ingest.internal;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class ExportCellUnitTests {

	@Test
	void unwrapsTheFormulaQuotesThatKeepLongNumbersAsText() {
		assertThat(ExportCell.orderNo("=\"1930679858112345\"")).isEqualTo("1930679858112345");
	}

	@Test
	void dropsTheLeadingApostropheOfPhonesAndTabs() {
		assertThat(ExportCell.text("'13812345678")).isEqualTo("13812345678");
		assertThat(ExportCell.text("\tSF1234567\t")).isEqualTo("SF1234567");
		assertThat(ExportCell.text("\t")).isEmpty();
	}

	@Test
	void refusesOrderNumbersThatASpreadsheetTurnedIntoFloats() {
		assertThat(EnglishErrors.reason(catchThrowable(() -> ExportCell.orderNo("1.93067985811235E+15"))))
			.contains("lost digits");
		assertThat(EnglishErrors.reason(catchThrowable(() -> ExportCell.orderNo("1930679858112345.00"))))
			.contains("lost digits");
	}

	@Test
	void readsAmountsWithYuanAndThousandsSeparatorsOfEitherWidth() {
		assertThat(ExportCell.money("0元")).isEqualByComparingTo("0.00");
		assertThat(ExportCell.money("1,208.00")).isEqualByComparingTo("1208.00");
		assertThat(ExportCell.money("1，208.5")).isEqualByComparingTo("1208.50");
		assertThat(ExportCell.money("")).isNull();
		assertThat(EnglishErrors.reason(catchThrowable(() -> ExportCell.money("九十九"))))
			.isEqualTo("'九十九' is not an amount");
	}

	@Test
	void readsTheDateFormsOfTheExports() {
		assertThat(ExportCell.dateTime("2016/5/23 22:02")).isEqualTo(LocalDateTime.of(2016, 5, 23, 22, 2));
		assertThat(ExportCell.dateTime("2018-05-27 18:56:13")).isEqualTo(LocalDateTime.of(2018, 5, 27, 18, 56, 13));
		assertThat(ExportCell.dateTime("2024年03月05日 9:07:03")).isEqualTo(LocalDateTime.of(2024, 3, 5, 9, 7, 3));
		assertThat(EnglishErrors.reason(catchThrowable(() -> ExportCell.dateTime("昨天下午"))))
			.isEqualTo("'昨天下午' is not a date and time");
	}

}
