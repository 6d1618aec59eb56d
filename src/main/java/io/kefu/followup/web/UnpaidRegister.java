package io.kefu.followup.web;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import io.kefu.followup.PaymentReminder;
import io.kefu.shop.Shop;

import org.apache.poi.ss.usermodel.Row;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * 未付款明细表 (seed 000 电商部客服工作流程 j): one line per payment reminder of the period with the
 * order, the buyer, when it was placed and for how much, each touch with its time,
 * outcome and agent, the buyer's reason and how it ended.
 */
@Component
class UnpaidRegister {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final List<String> HEADERS = List.of("followup.orderNo", "followup.buyer", "followup.placedAt",
			"followup.amount", "followup.agent", "followup.step.1", "followup.step.2", "followup.step.3",
			"followup.step.4", "followups.reason", "register.result", "register.paidAmount");

	private final MessageSource messages;

	UnpaidRegister(MessageSource messages) {
		this.messages = messages;
	}

	byte[] of(Shop shop, List<FollowupView> tasks) {
		Locale locale = LocaleContextHolder.getLocale();
		return RegisterWorkbook.of(messages, locale, "register.unpaid", HEADERS, tasks,
				(row, task) -> write(row, shop, task, locale));
	}

	private void write(Row row, Shop shop, FollowupView task, Locale locale) {
		row.createCell(0).setCellValue(task.orderNo() == null ? "" : task.orderNo());
		row.createCell(1).setCellValue(task.buyerNick());
		row.createCell(2).setCellValue(TIME.format(task.startedAt().atZone(shop.timeZone())));
		if (task.orderAmount() != null) {
			row.createCell(3).setCellValue(task.orderAmount().doubleValue());
		}
		row.createCell(4).setCellValue(task.agentName() == null ? "" : task.agentName());
		for (FollowupView.TouchView touch : task.touches()) {
			if (touch.step() >= 1 && touch.step() <= PaymentReminder.TOUCHES) {
				row.createCell(4 + touch.step())
					.setCellValue(TIME.format(touch.at().atZone(shop.timeZone())) + " "
							+ messages.getMessage("followup.outcome." + touch.outcome().name(), null, locale)
							+ (touch.agentName() == null ? "" : " " + touch.agentName())
							+ (touch.note() == null ? "" : " (" + touch.note() + ")"));
			}
		}
		String reason = task.reason() == null ? "" : task.reason();
		row.createCell(9).setCellValue(task.reasonNote() == null ? reason : reason + ":" + task.reasonNote());
		row.createCell(10)
			.setCellValue(messages.getMessage("followup.status." + task.status().name(), null, locale)
					+ (task.overdue() ? " / " + messages.getMessage("followup.overdue", null, locale) : ""));
		if (task.paidAmount() != null) {
			row.createCell(11).setCellValue(task.paidAmount().doubleValue());
		}
	}

}
