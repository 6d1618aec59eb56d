package io.kefu.workforce.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.kefu.staff.AgentId;
import io.kefu.workforce.RosterSheet;
import io.kefu.workforce.Shift;
import io.kefu.workforce.ShiftGroup;

import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The roster as the supervisor opens it in a spreadsheet: agents down, days across with
 * their weekday, shift names and 休 in the cells, hours and days off at the end, the
 * shifts' times below.
 */
class RosterWorkbookUnitTests {

	/** February 2027 starts on a Monday and has 28 days. */
	private static final YearMonth MONTH = YearMonth.of(2027, 2);

	private static final RosterSheet.Member MEI = new RosterSheet.Member(AgentId.of(1), "xiaomei", "小美",
			ShiftGroup.PRE_SALES, false);

	private static final RosterSheet.Member TANG = new RosterSheet.Member(AgentId.of(2), "xiaotang", "小糖",
			ShiftGroup.PRE_SALES, true);

	private static final RosterSheet.Member JIE = new RosterSheet.Member(AgentId.of(3), "ajie", "阿杰",
			ShiftGroup.AFTER_SALES, false);

	private final ResourceBundleMessageSource messages = messages();

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages/messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	private static Sheet sheetOf(byte[] file) throws IOException {
		return new XSSFWorkbook(new ByteArrayInputStream(file)).getSheetAt(0);
	}

	private static String text(Sheet sheet, int row, int column) {
		Row line = sheet.getRow(row);
		return line == null || line.getCell(column) == null ? "" : line.getCell(column).getStringCellValue();
	}

	/** 小美 works 白班 on weekdays, 晚班 on the first weekend, rests four days. */
	private static RosterSheet aMonth(RosterSheet.Status status) {
		List<RosterSheet.Cell> cells = new ArrayList<>();
		for (int day = 1; day <= MONTH.lengthOfMonth(); day++) {
			LocalDate date = MONTH.atDay(day);
			String shift = day % 7 == 3 ? null : day == 6 || day == 7 ? "N" : "D";
			cells.add(new RosterSheet.Cell(MEI.id(), date, shift, false));
		}
		// 小糖 is rostered for the first two days only; 阿杰 not at all
		cells.add(new RosterSheet.Cell(TANG.id(), MONTH.atDay(1), "H", true));
		cells.add(new RosterSheet.Cell(TANG.id(), MONTH.atDay(2), null, false));
		return new RosterSheet(MONTH, status, null, null, null, Shift.defaults(), List.of(MEI, TANG, JIE), cells,
				List.of());
	}

	@Test
	void theTitleNamesTheShopTheMonthAndWhetherItIsPublished() throws IOException {
		Sheet sheet = sheetOf(RosterWorkbook.of("视谱台灯旗舰店", aMonth(RosterSheet.Status.PUBLISHED), messages,
				Locale.SIMPLIFIED_CHINESE));

		assertThat(sheet.getSheetName()).isEqualTo("2027-02");
		assertThat(text(sheet, 0, 0)).isEqualTo("视谱台灯旗舰店 2027年2月排班表（已发布）");
	}

	@Test
	void theDaysRunAcrossWithTheirWeekdaysAndTheMonthsTotalsAfterThem() throws IOException {
		Sheet sheet = sheetOf(
				RosterWorkbook.of("视谱台灯旗舰店", aMonth(RosterSheet.Status.DRAFT), messages, Locale.SIMPLIFIED_CHINESE));

		assertThat(text(sheet, 1, 0)).isEqualTo("客服");
		assertThat(text(sheet, 1, 1)).isEqualTo("组别");
		assertThat(text(sheet, 1, 2)).isEqualTo("1");
		assertThat(text(sheet, 2, 2)).isEqualTo("一");
		assertThat(text(sheet, 1, 29)).isEqualTo("28");
		assertThat(text(sheet, 2, 29)).isEqualTo("日");
		assertThat(text(sheet, 1, 30)).isEqualTo("工时");
		assertThat(text(sheet, 1, 31)).isEqualTo("休息天数");
		assertThat(sheet.getRow(1).getCell(7).getCellStyle().getFillPattern()).as("Saturday the 6th is shaded")
			.isEqualTo(FillPatternType.SOLID_FOREGROUND);
		assertThat(sheet.getRow(3).getCell(8).getCellStyle().getFillPattern()).as("and its cells below")
			.isEqualTo(FillPatternType.SOLID_FOREGROUND);
		assertThat(sheet.getRow(3).getCell(6).getCellStyle().getFillPattern()).as("Friday is not")
			.isEqualTo(FillPatternType.NO_FILL);
		assertThat(sheet.getPaneInformation().getVerticalSplitLeftColumn()).isEqualTo((short) 1);
		assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 3);
	}

	@Test
	void eachAgentsLineNamesTheirShiftsAndDaysOffAndAddsUpTheirMonth() throws IOException {
		Sheet sheet = sheetOf(
				RosterWorkbook.of("视谱台灯旗舰店", aMonth(RosterSheet.Status.DRAFT), messages, Locale.SIMPLIFIED_CHINESE));

		assertThat(text(sheet, 3, 0)).isEqualTo("小美");
		assertThat(text(sheet, 3, 1)).isEqualTo("售前");
		assertThat(text(sheet, 3, 2)).isEqualTo("白班");
		assertThat(text(sheet, 3, 4)).as("the 3rd is a day off").isEqualTo("休");
		assertThat(text(sheet, 3, 7)).isEqualTo("晚班");
		// 4 days off, 2 nights of 6.5 h and 22 days of 8.5 h
		assertThat(sheet.getRow(3).getCell(30).getNumericCellValue()).isEqualTo(2 * 6.5 + 22 * 8.5);
		assertThat(sheet.getRow(3).getCell(31).getNumericCellValue()).isEqualTo(4);

		assertThat(text(sheet, 4, 0)).isEqualTo("小糖（新人）");
		assertThat(text(sheet, 4, 2)).isEqualTo("半白班");
		assertThat(text(sheet, 4, 3)).isEqualTo("休");
		assertThat(text(sheet, 4, 4)).as("a day not rostered stays blank").isEmpty();
		assertThat(sheet.getRow(4).getCell(30).getNumericCellValue()).isEqualTo(5.5);

		assertThat(text(sheet, 5, 0)).isEqualTo("阿杰");
		assertThat(text(sheet, 5, 1)).isEqualTo("售后");
		assertThat(text(sheet, 5, 2)).isEmpty();
		assertThat(sheet.getRow(5).getCell(31).getNumericCellValue()).isZero();
	}

	@Test
	void theShiftsAndTheirTimesAreListedBelowTheGrid() throws IOException {
		Sheet sheet = sheetOf(
				RosterWorkbook.of("视谱台灯旗舰店", aMonth(RosterSheet.Status.DRAFT), messages, Locale.SIMPLIFIED_CHINESE));

		int legend = 3 + 3 + 1;
		assertThat(text(sheet, legend, 0)).isEqualTo("班次");
		assertThat(text(sheet, legend + 1, 0)).isEqualTo("白班");
		assertThat(text(sheet, legend + 1, 1)).isEqualTo("09:00–17:30");
		assertThat(sheet.getRow(legend + 1).getCell(2).getNumericCellValue()).isEqualTo(8.5);
		assertThat(text(sheet, legend + 2, 0)).isEqualTo("半白班");
		assertThat(text(sheet, legend + 3, 0)).isEqualTo("晚班");
		assertThat(text(sheet, legend + 3, 1)).isEqualTo("17:00–23:30");
	}

	@Test
	void inEnglishTheDayOffAndWeekdaysAreEnglish() throws IOException {
		Sheet sheet = sheetOf(
				RosterWorkbook.of("Lamp shop", aMonth(RosterSheet.Status.DRAFT), messages, Locale.ENGLISH));

		assertThat(text(sheet, 0, 0)).isEqualTo("Lamp shop: roster of 2027-02 (draft, not published)");
		assertThat(text(sheet, 2, 2)).isEqualTo("Mo");
		assertThat(text(sheet, 3, 4)).isEqualTo("Off");
	}

}
