package io.kefu.analytics.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import io.kefu.analytics.AgentFigures;
import io.kefu.analytics.TeamFigures;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The per-agent table as an {@code .xlsx}: one row per agent and one for the team,
 * headers in the reader's language, numbers as numbers (ratios as fractions formatted as
 * percentages) so that the sheet can be summed and charted.
 */
@Component
class FigureWorkbook {

	private static final List<Column> COLUMNS = List.of(new Column("figures.receptions", a -> a.receptions()),
			new Column("figures.repliedReceptions", a -> a.repliedReceptions()),
			new Column("figures.unrepliedReceptions", a -> a.unrepliedReceptions()),
			new Column("figures.replyRate", AgentFigures::replyRate, true),
			new Column("figures.firstResponseSeconds", AgentFigures::firstResponseSeconds),
			new Column("figures.avgResponseSeconds", AgentFigures::avgResponseSeconds),
			new Column("figures.answeredRuns", a -> a.answeredRuns()),
			new Column("figures.threeMinuteRate", AgentFigures::threeMinuteRate, true),
			new Column("figures.slowResponses", a -> a.slowResponses()),
			new Column("figures.answerRatio", AgentFigures::answerRatio),
			new Column("figures.inquiries", a -> a.inquiries()),
			new Column("figures.inquiryOrdered", a -> a.inquiryOrdered()),
			new Column("figures.inquiryPaid", a -> a.inquiryPaid()),
			new Column("figures.inquiryConversion", AgentFigures::inquiryConversion, true),
			new Column("figures.salesAmount", AgentFigures::salesAmount),
			new Column("figures.salesBuyers", a -> a.salesBuyers()),
			new Column("figures.avgOrderValue", AgentFigures::avgOrderValue),
			new Column("figures.refundAmount", AgentFigures::refundAmount),
			new Column("figures.effectiveSales", AgentFigures::effectiveSales));

	private final MessageSource messages;

	FigureWorkbook(MessageSource messages) {
		this.messages = messages;
	}

	byte[] of(TeamFigures team) {
		Locale locale = LocaleContextHolder.getLocale();
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet(messages.getMessage("figures.title", null, locale));
			CellStyle percent = book.createCellStyle();
			percent.setDataFormat(book.createDataFormat().getFormat("0.0%"));
			CellStyle bold = book.createCellStyle();
			Font font = book.createFont();
			font.setBold(true);
			bold.setFont(font);
			Row header = sheet.createRow(0);
			header.createCell(0).setCellValue(messages.getMessage("figures.agent", null, locale));
			for (int i = 0; i < COLUMNS.size(); i++) {
				Cell cell = header.createCell(i + 1);
				cell.setCellValue(messages.getMessage(COLUMNS.get(i).label(), null, locale));
				cell.setCellStyle(bold);
			}
			int rowIndex = 1;
			for (AgentFigures agent : team.agents()) {
				write(sheet.createRow(rowIndex++), agent.agent(), agent, percent);
			}
			write(sheet.createRow(rowIndex), messages.getMessage("figures.team", null, locale), team.team(), percent);
			sheet.createFreezePane(1, 1);
			sheet.setColumnWidth(0, 30 * 256);
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void write(Row row, String name, AgentFigures agent, CellStyle percent) {
		row.createCell(0).setCellValue(name);
		for (int i = 0; i < COLUMNS.size(); i++) {
			Column column = COLUMNS.get(i);
			Object value = column.value().apply(agent);
			Cell cell = row.createCell(i + 1);
			if (value instanceof BigDecimal money) {
				cell.setCellValue(money.doubleValue());
			}
			else if (value instanceof Number number) {
				cell.setCellValue(number.doubleValue());
				if (column.percent()) {
					cell.setCellStyle(percent);
				}
			}
		}
	}

	private record Column(String label, Function<AgentFigures, Object> value, boolean percent) {

		Column(String label, Function<AgentFigures, Object> value) {
			this(label, value, false);
		}

	}

}
