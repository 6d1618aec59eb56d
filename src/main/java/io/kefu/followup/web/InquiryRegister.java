package io.kefu.followup.web;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import io.kefu.shop.Shop;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * 询盘明细表 (seed 000 电商部客服工作流程 i): every inquiry that did not order in the period, with the
 * buyer's 旺旺名, when they asked, what they asked (from the transcript), the agent, and
 * what came of the follow-up.
 */
@Component
class InquiryRegister {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final List<String> HEADERS = List.of("register.buyerNick", "register.askedAt", "register.questions",
			"followup.agent", "register.followedUpAt", "register.result", "followups.reason");

	private final MessageSource messages;

	InquiryRegister(MessageSource messages) {
		this.messages = messages;
	}

	byte[] of(Shop shop, List<FollowupView> tasks, Function<Long, List<String>> questions) {
		Locale locale = LocaleContextHolder.getLocale();
		return RegisterWorkbook.of(messages, locale, "register.inquiries", HEADERS, tasks, (row, task) -> {
			row.createCell(0).setCellValue(task.buyerNick());
			row.createCell(1).setCellValue(TIME.format(task.startedAt().atZone(shop.timeZone())));
			row.createCell(2).setCellValue(String.join(";", questions.apply(task.id())));
			row.createCell(3).setCellValue(task.agentName() == null ? "" : task.agentName());
			if (!task.touches().isEmpty()) {
				row.createCell(4).setCellValue(TIME.format(task.touches().get(0).at().atZone(shop.timeZone())));
			}
			row.createCell(5)
				.setCellValue(messages.getMessage("followup.status." + task.status().name(), null, locale));
			String reason = task.reason() == null ? "" : task.reason();
			row.createCell(6).setCellValue(task.reasonNote() == null ? reason : reason + ":" + task.reasonNote());
		});
	}

}
