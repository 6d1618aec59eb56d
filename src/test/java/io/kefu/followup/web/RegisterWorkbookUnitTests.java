package io.kefu.followup.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import io.kefu.followup.Channel;
import io.kefu.followup.FollowupKind;
import io.kefu.followup.FollowupStatus;
import io.kefu.staff.SkillGroup;
import io.kefu.followup.TouchOutcome;
import io.kefu.shop.Platform;
import io.kefu.shop.Shop;
import io.kefu.shop.ShopId;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two registers as a supervisor opens them in a spreadsheet: Chinese headers, a line
 * per task with its touches, reason and result in shop time.
 */
class RegisterWorkbookUnitTests {

	private static final Shop SHOP = new Shop(ShopId.of(1), "视谱台灯旗舰店", Platform.TMALL, ZoneId.of("Asia/Shanghai"),
			LocalTime.MIDNIGHT);

	private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

	@BeforeEach
	void chinese() {
		messages.setBasename("messages/messages");
		messages.setDefaultEncoding("UTF-8");
		LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
	}

	@AfterEach
	void reset() {
		LocaleContextHolder.resetLocaleContext();
	}

	private static FollowupView task(FollowupKind kind, FollowupStatus status, List<FollowupView.TouchView> touches,
			String reason) {
		return new FollowupView(11, kind, kind == FollowupKind.INQUIRY ? null : "4012345678901234567", 7, "tb_lin", 3L,
				"小美", Instant.parse("2026-12-06T12:00:00Z"), Instant.parse("2026-12-06T12:30:00Z"), touches.size(),
				null, null, List.of(), SkillGroup.PRE_SALES, status, true, false, reason, null, null,
				status == FollowupStatus.SUCCEEDED ? new BigDecimal("189.00") : null, new BigDecimal("199.00"),
				touches);
	}

	private static Sheet sheetOf(byte[] file) throws IOException {
		return new XSSFWorkbook(new ByteArrayInputStream(file)).getSheetAt(0);
	}

	@Test
	void theUnpaidRegisterListsEachTouchWithItsTimeOutcomeAndAgent() throws IOException {
		List<FollowupView.TouchView> touches = List.of(
				new FollowupView.TouchView(1, Channel.MESSAGE, TouchOutcome.SENT_IN_CLIENT, 3L, "小美",
						Instant.parse("2026-12-06T12:40:00Z"), null),
				new FollowupView.TouchView(2, Channel.MESSAGE, TouchOutcome.SENT_IN_CLIENT, 3L, "小美",
						Instant.parse("2026-12-06T13:40:00Z"), null),
				new FollowupView.TouchView(3, Channel.PHONE, TouchOutcome.NOT_ANSWERED, 3L, "小美",
						Instant.parse("2026-12-06T14:40:00Z"), "关机"),
				new FollowupView.TouchView(4, Channel.MESSAGE, TouchOutcome.SENT_IN_CLIENT, 3L, "小美",
						Instant.parse("2026-12-06T15:00:00Z"), null));

		Sheet sheet = sheetOf(new UnpaidRegister(messages).of(SHOP,
				List.of(task(FollowupKind.PAYMENT_REMINDER, FollowupStatus.UNPAID, touches, "联系不上"))));

		assertThat(sheet.getSheetName()).isEqualTo("未付款明细表");
		Row header = sheet.getRow(0);
		assertThat(header.getCell(0).getStringCellValue()).isEqualTo("订单号");
		assertThat(header.getCell(7).getStringCellValue()).isEqualTo("③ 电话");
		Row line = sheet.getRow(1);
		assertThat(line.getCell(0).getStringCellValue()).isEqualTo("4012345678901234567");
		assertThat(line.getCell(2).getStringCellValue()).isEqualTo("2026-12-06 20:00");
		assertThat(line.getCell(3).getNumericCellValue()).isEqualTo(199.0);
		assertThat(line.getCell(7).getStringCellValue()).isEqualTo("2026-12-06 22:40 未接 小美 (关机)");
		assertThat(line.getCell(9).getStringCellValue()).isEqualTo("联系不上");
		assertThat(line.getCell(10).getStringCellValue()).isEqualTo("未付款");
	}

	@Test
	void theInquiryRegisterListsWhatTheBuyerAskedAndWhatCameOfIt() throws IOException {
		List<FollowupView.TouchView> touches = List.of(new FollowupView.TouchView(1, Channel.MESSAGE,
				TouchOutcome.SENT_IN_CLIENT, 3L, "小美", Instant.parse("2026-12-07T01:40:00Z"), null));

		Sheet sheet = sheetOf(new InquiryRegister(messages).of(SHOP,
				List.of(task(FollowupKind.INQUIRY, FollowupStatus.DONE, touches, "还在考虑")),
				id -> List.of("充电的能用多久", "有白色吗")));

		assertThat(sheet.getSheetName()).isEqualTo("询盘明细表");
		assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("咨询的问题");
		Row line = sheet.getRow(1);
		assertThat(line.getCell(0).getStringCellValue()).isEqualTo("tb_lin");
		assertThat(line.getCell(1).getStringCellValue()).isEqualTo("2026-12-06 20:00");
		assertThat(line.getCell(2).getStringCellValue()).isEqualTo("充电的能用多久;有白色吗");
		assertThat(line.getCell(4).getStringCellValue()).isEqualTo("2026-12-07 09:40");
		assertThat(line.getCell(5).getStringCellValue()).isEqualTo("已跟进");
		assertThat(line.getCell(6).getStringCellValue()).isEqualTo("还在考虑");
	}

}
