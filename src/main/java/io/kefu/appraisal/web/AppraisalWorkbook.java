package io.kefu.appraisal.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.kefu.appraisal.AgentAppraisal;
import io.kefu.appraisal.IndicatorBonus;
import io.kefu.appraisal.MonthAppraisal;
import io.kefu.staff.Agent;
import io.kefu.staff.AgentId;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.modulith.NamedInterface;

/**
 * The month's appraisal as a workbook: a line per agent with the page's columns, each
 * bonus in words, numbers as numbers (points to two decimals, yuan to the fen). The page
 * downloads it; the command line writes it ({@code appraisal --xlsx}), hence public.
 */
@NamedInterface("workbook")
public final class AppraisalWorkbook {

	private static final List<String> HEADERS = List.of("appraisal.col.agent", "appraisal.col.group",
			"appraisal.col.receptions", "appraisal.col.sales", "appraisal.col.attitude", "appraisal.col.conversion",
			"appraisal.col.response", "appraisal.col.closure", "appraisal.col.penalty", "appraisal.col.kpi",
			"appraisal.bonus.CONVERSION", "appraisal.bonus.RESPONSE", "appraisal.bonus.TYPING",
			"appraisal.bonus.REVIEWS", "appraisal.col.basePay", "appraisal.col.levelReward", "appraisal.col.commission",
			"appraisal.col.performance", "appraisal.col.bonusPay", "appraisal.col.sheet", "appraisal.col.total");

	/**
	 * The first bonus column; each kind has its own, blank when the agent's group has no
	 * such bonus.
	 */
	private static final int BONUSES = 10;

	private AppraisalWorkbook() {
	}

	/**
	 * The rows' workbook.
	 * @param rows the rows the reader may read: every agent's for supervisors and owners
	 * @param agents the shop's staff, to name the rows
	 */
	public static byte[] of(MonthAppraisal appraisal, List<AgentAppraisal> rows, Map<AgentId, Agent> agents,
			MessageSource messages, Locale locale) {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet(appraisal.month().toString());
			CellStyle bold = book.createCellStyle();
			Font font = book.createFont();
			font.setBold(true);
			bold.setFont(font);
			Row header = sheet.createRow(0);
			for (int i = 0; i < HEADERS.size(); i++) {
				header.createCell(i).setCellValue(messages.getMessage(HEADERS.get(i), null, locale));
				header.getCell(i).setCellStyle(bold);
			}
			int index = 1;
			for (AgentAppraisal row : rows) {
				write(sheet.createRow(index++), row, agents.get(row.agent()), messages, locale);
			}
			sheet.createFreezePane(1, 1);
			for (int i = 0; i < HEADERS.size(); i++) {
				sheet.setColumnWidth(i, 14 * 256);
			}
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void write(Row line, AgentAppraisal row, Agent agent, MessageSource messages, Locale locale) {
		line.createCell(0).setCellValue(agent == null ? row.agent().toString() : agent.displayName());
		line.createCell(1).setCellValue(messages.getMessage("appraisal.group." + row.group().name(), null, locale));
		line.createCell(2).setCellValue(row.month().receptions());
		number(line, 3, row.components().sales(), 2);
		number(line, 4, row.components().attitude(), 2);
		number(line, 5, row.components().conversion(), 2);
		number(line, 6, row.components().response(), 2);
		number(line, 7, row.components().closure(), 2);
		number(line, 8, row.volumePenalty(), 2);
		number(line, 9, row.kpi(), 2);
		for (IndicatorBonus bonus : row.bonuses()) {
			line.createCell(BONUSES + bonus.kind().ordinal())
				.setCellValue(messages.getMessage("appraisal.bonusStatus." + bonus.status().name(), null, locale)
						+ " · " + messages.getMessage("appraisal.reason." + bonus.reason().name(), null, locale));
		}
		int pay = BONUSES + IndicatorBonus.Kind.values().length;
		number(line, pay, row.pay().base(), 2);
		number(line, pay + 1, row.pay().levelReward(), 2);
		number(line, pay + 2, row.pay().commission(), 2);
		number(line, pay + 3, row.pay().performance(), 2);
		number(line, pay + 4, row.pay().bonuses(), 2);
		number(line, pay + 5, row.pay().sheet(), 2);
		number(line, pay + 6, row.pay().total(), 2);
	}

	/** A blank cell for a component that is not part of the agent's group's KPI. */
	private static void number(Row line, int column, @Nullable BigDecimal value, int decimals) {
		if (value != null) {
			line.createCell(column).setCellValue(value.setScale(decimals, RoundingMode.HALF_UP).doubleValue());
		}
	}

}
