package io.kefu.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.kefu.KefuApplication;
import io.kefu.access.Role;
import io.kefu.appraisal.AgentMonth;
import io.kefu.appraisal.CaseClosure;
import io.kefu.appraisal.AppraisalRules;
import io.kefu.appraisal.MonthAppraisal;
import io.kefu.appraisal.MonthAppraiser;
import io.kefu.appraisal.MonthStatus;
import io.kefu.shop.ShopId;
import io.kefu.staff.Agent;
import io.kefu.staff.AgentId;
import io.kefu.staff.Certification;
import io.kefu.staff.SkillGroup;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.support.ResourceBundleMessageSource;

import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

class AppraisalCommandUnitTests {

	@Test
	void writesTheSupervisorsWorkbookOfEveryAgentToTheFile(@TempDir Path folder) throws IOException {
		MonthAppraisal march = new MonthAppraisal(YearMonth.of(2026, 3), MonthStatus.OPEN, false,
				new MonthAppraiser(AppraisalRules.DEFAULTS)
					.appraise(List.of(month(1, SkillGroup.PRE_SALES), month(2, SkillGroup.AFTER_SALES))));
		Path file = folder.resolve("march.xlsx");

		int exitCode = AppraisalCommand.write(march,
				Map.of(AgentId.of(1), agent(1, "小美"), AgentId.of(2), agent(2, "阿宁")), messages(), file);

		assertThat(exitCode).isZero();
		try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
			Sheet sheet = book.getSheet("2026-03");
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("客服");
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("小美");
			assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("阿宁");
			assertThat(sheet.getRow(1).getCell(9).getNumericCellValue()).isEqualTo(100.0);
			assertThat(sheet.getLastRowNum()).isEqualTo(2);
		}
	}

	@Test
	void refusesAFileItCannotWriteBeforeStartingAnything(@TempDir Path folder) {
		assertThat(AppraisalCommand.unwritable(folder)).startsWith("--xlsx ").endsWith("is a folder, not a file");
		assertThat(AppraisalCommand.unwritable(folder.resolve("gone/march.xlsx"))).startsWith("--xlsx ")
			.contains("there is no folder");
		assertThat(AppraisalCommand.unwritable(folder.resolve("march.xlsx"))).isNull();

		assertThat(appraisal("--xlsx", folder.resolve("gone/march.xlsx").toString())).isNotZero();
		assertThat(appraisal("--xlsx", folder.resolve("march.xlsx").toString(), "--json")).isNotZero();
	}

	private static int appraisal(String... options) {
		List<String> arguments = new java.util.ArrayList<>(List.of("appraisal", "--shop", "1", "--month", "2026-03"));
		arguments.addAll(List.of(options));
		return new CommandLine(new KefuCommand(KefuApplication.class)).setErr(new PrintWriter(new StringWriter()))
			.execute(arguments.toArray(String[]::new));
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages/messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	private static Agent agent(long id, String name) {
		return new Agent(AgentId.of(id), ShopId.of(1), name, null, null, Set.of(Role.PRE_SALES), SkillGroup.PRE_SALES,
				Certification.CERTIFIED, null, true);
	}

	/** Full marks on every component. */
	private static AgentMonth month(long agent, SkillGroup group) {
		return new AgentMonth(AgentId.of(agent), group, 300, new BigDecimal("50000"), new BigDecimal("50000"),
				new BigDecimal("0.60"), new BigDecimal("12"), 0, 0, null, false, BigDecimal.ZERO, BigDecimal.ZERO,
				BigDecimal.ZERO, BigDecimal.ZERO, new CaseClosure(10, 10), BigDecimal.ZERO);
	}

}
