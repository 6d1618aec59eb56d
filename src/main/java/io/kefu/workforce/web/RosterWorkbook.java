package io.kefu.workforce.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.kefu.staff.AgentId;
import io.kefu.workforce.RosterSheet;
import io.kefu.workforce.Shift;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * A month's roster as the department's familiar spreadsheet (排班表): a title with the shop
 * and month, the agents down, the days across with their weekday under the date, weekends
 * shaded, the shift's name in each cell and 休 on a day off; the month's hours and days
 * off at the end of each line, and the shifts with their times below.
 */
public final class RosterWorkbook {

	/** The columns before the days: the agent and their group. */
	private static final int DAYS = 2;

	/** The rows above the agents: the title, the dates, the weekdays. */
	private static final int AGENTS = 3;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private RosterWorkbook() {
	}

	/**
	 * The sheet's workbook.
	 * @param shop the shop's name, for the title
	 */
	public static byte[] of(String shop, RosterSheet sheet, MessageSource messages, Locale locale) {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			new Writer(book, sheet, messages, locale).write(shop);
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** One workbook's styles and sheet while it is written. */
	private static final class Writer {

		private final RosterSheet roster;

		private final MessageSource messages;

		private final Locale locale;

		private final Sheet sheet;

		private final Styles plain;

		private final Styles weekend;

		private final CellStyle title;

		private final CellStyle bold;

		private final CellStyle hours;

		private final int days;

		private final Map<String, Shift> shifts = new HashMap<>();

		Writer(XSSFWorkbook book, RosterSheet roster, MessageSource messages, Locale locale) {
			this.roster = roster;
			this.messages = messages;
			this.locale = locale;
			this.sheet = book.createSheet(roster.month().toString());
			this.days = roster.month().lengthOfMonth();
			this.plain = new Styles(book, null);
			this.weekend = new Styles(book, IndexedColors.GREY_25_PERCENT);
			Font large = book.createFont();
			large.setBold(true);
			large.setFontHeightInPoints((short) 14);
			this.title = book.createCellStyle();
			this.title.setFont(large);
			Font strong = book.createFont();
			strong.setBold(true);
			this.bold = book.createCellStyle();
			this.bold.setFont(strong);
			this.hours = book.createCellStyle();
			this.hours.setDataFormat(book.createDataFormat().getFormat("0.0"));
			this.hours.setAlignment(HorizontalAlignment.CENTER);
			roster.shifts().forEach((shift) -> shifts.put(shift.code(), shift));
		}

		void write(String shop) {
			YearMonth month = roster.month();
			Cell heading = sheet.createRow(0).createCell(0);
			heading.setCellValue(text("rosterWorkbook.title", shop, month.getYear(), month.getMonthValue(),
					text("rosterWorkbook.status." + roster.status().name())));
			heading.setCellStyle(title);
			sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, DAYS + days + 1));
			header();
			int index = AGENTS;
			Map<AgentId, Map<LocalDate, RosterSheet.Cell>> cells = byAgentAndDay();
			for (RosterSheet.Member member : roster.agents()) {
				line(sheet.createRow(index++), member, cells.getOrDefault(member.id(), Map.of()));
			}
			legend(index + 1);
			sheet.createFreezePane(1, AGENTS);
			sheet.setColumnWidth(0, 14 * 256);
			sheet.setColumnWidth(1, 12 * 256);
			for (int day = 1; day <= days; day++) {
				sheet.setColumnWidth(DAYS + day - 1, 7 * 256);
			}
			sheet.setColumnWidth(DAYS + days, 8 * 256);
			sheet.setColumnWidth(DAYS + days + 1, 8 * 256);
		}

		/** The dates, and the weekdays under them. */
		private void header() {
			Row dates = sheet.createRow(1);
			Row weekdays = sheet.createRow(2);
			headerCell(dates, 0, text("rosterWorkbook.agent"), plain);
			headerCell(dates, 1, text("rosterWorkbook.group"), plain);
			headerCell(weekdays, 0, "", plain);
			headerCell(weekdays, 1, "", plain);
			for (int day = 1; day <= days; day++) {
				DayOfWeek weekday = roster.month().atDay(day).getDayOfWeek();
				Styles styles = stylesOf(weekday);
				headerCell(dates, DAYS + day - 1, Integer.toString(day), styles);
				headerCell(weekdays, DAYS + day - 1, text("rosterWorkbook.weekday." + weekday.getValue()), styles);
			}
			headerCell(dates, DAYS + days, text("rosterWorkbook.hours"), plain);
			headerCell(dates, DAYS + days + 1, text("rosterWorkbook.daysOff"), plain);
			headerCell(weekdays, DAYS + days, "", plain);
			headerCell(weekdays, DAYS + days + 1, "", plain);
		}

		private void line(Row row, RosterSheet.Member member, Map<LocalDate, RosterSheet.Cell> cells) {
			row.createCell(0)
				.setCellValue(member.trainee() ? text("rosterWorkbook.trainee", member.name()) : member.name());
			row.createCell(1).setCellValue(text("rosterWorkbook.group." + member.group().name()));
			int minutes = 0;
			int daysOff = 0;
			for (int day = 1; day <= days; day++) {
				LocalDate date = roster.month().atDay(day);
				Cell cell = row.createCell(DAYS + day - 1);
				cell.setCellStyle(stylesOf(date.getDayOfWeek()).cell);
				RosterSheet.Cell rostered = cells.get(date);
				if (rostered == null) {
					// not rostered yet: left blank, unlike a day off
					continue;
				}
				if (rostered.shift() == null) {
					cell.setCellValue(text("rosterWorkbook.dayOff"));
					daysOff++;
					continue;
				}
				Shift shift = shifts.get(rostered.shift());
				cell.setCellValue(shift == null ? rostered.shift() : shift.name());
				minutes += shift == null ? 0 : shift.minutes();
			}
			Cell worked = row.createCell(DAYS + days);
			worked.setCellValue(minutes / 60.0);
			worked.setCellStyle(hours);
			Cell rest = row.createCell(DAYS + days + 1);
			rest.setCellValue(daysOff);
			rest.setCellStyle(plain.cell);
		}

		/** The shifts the cells name, with their times and hours. */
		private void legend(int first) {
			Cell heading = sheet.createRow(first).createCell(0);
			heading.setCellValue(text("rosterWorkbook.legend"));
			heading.setCellStyle(bold);
			int index = first + 1;
			for (Shift shift : roster.shifts()) {
				Row row = sheet.createRow(index++);
				row.createCell(0).setCellValue(shift.name());
				row.createCell(1).setCellValue(TIME.format(shift.start()) + "–" + TIME.format(shift.end()));
				Cell length = row.createCell(2);
				length.setCellValue(shift.minutes() / 60.0);
				length.setCellStyle(hours);
			}
			sheet.createRow(index).createCell(0).setCellValue(text("rosterWorkbook.dayOffLegend"));
		}

		private static void headerCell(Row row, int column, String value, Styles styles) {
			Cell cell = row.createCell(column);
			cell.setCellValue(value);
			cell.setCellStyle(styles.header);
		}

		private Styles stylesOf(DayOfWeek weekday) {
			return weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY ? weekend : plain;
		}

		private Map<AgentId, Map<LocalDate, RosterSheet.Cell>> byAgentAndDay() {
			Map<AgentId, Map<LocalDate, RosterSheet.Cell>> cells = new HashMap<>();
			for (RosterSheet.Cell cell : roster.cells()) {
				cells.computeIfAbsent(cell.agent(), (agent) -> new HashMap<>()).put(cell.day(), cell);
			}
			return cells;
		}

		private String text(String code, Object... args) {
			return messages.getMessage(code, args, locale);
		}

	}

	/** The header's and the grid's style of a column, shaded or not. */
	private static final class Styles {

		private final CellStyle header;

		private final CellStyle cell;

		Styles(XSSFWorkbook book, @Nullable IndexedColors fill) {
			Font strong = book.createFont();
			strong.setBold(true);
			this.header = centred(book, fill);
			this.header.setFont(strong);
			this.header.setBorderBottom(BorderStyle.THIN);
			this.cell = centred(book, fill);
		}

		private static CellStyle centred(XSSFWorkbook book, @Nullable IndexedColors fill) {
			CellStyle style = book.createCellStyle();
			style.setAlignment(HorizontalAlignment.CENTER);
			if (fill != null) {
				style.setFillForegroundColor(fill.getIndex());
				style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			}
			return style;
		}

	}

}
