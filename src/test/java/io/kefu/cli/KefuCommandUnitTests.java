package io.kefu.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

import io.kefu.KefuApplication;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

class KefuCommandUnitTests {

	@Test
	void helpListsTheSubcommands() {
		StringWriter out = new StringWriter();
		CommandLine command = new CommandLine(new KefuCommand(KefuApplication.class)).setOut(new PrintWriter(out));

		int exitCode = command.execute("--help");

		assertThat(exitCode).isZero();
		assertThat(out.toString()).contains("serve", "demo");
	}

	@Test
	void demoTakesAScaleASeedAndDays() {
		CommandLine command = new CommandLine(new KefuCommand(KefuApplication.class));

		CommandLine.ParseResult parsed = command.parseArgs("demo", "--scale", "50", "--seed", "7", "--days", "10");

		DemoCommand demo = (DemoCommand) parsed.subcommand().commandSpec().userObject();
		assertThat(demo.scale).isEqualTo(50);
		assertThat(demo.seed).isEqualTo(7);
		assertThat(demo.days).isEqualTo(10);
	}

	@Test
	void scriptsEvalTakesAShopAndAFileOfLabelledQuestions() {
		CommandLine command = new CommandLine(new KefuCommand(KefuApplication.class));

		CommandLine.ParseResult parsed = command.parseArgs("scripts", "eval", "--shop", "1", "questions.tsv");

		ScriptsCommand scripts = (ScriptsCommand) parsed.subcommand().commandSpec().userObject();
		assertThat(scripts.what).isEqualTo("eval");
		assertThat(scripts.shopId).isEqualTo(1);
		assertThat(scripts.questions).hasFileName("questions.tsv");
	}

	@Test
	void benchRosterTakesSizesLimitsAndRepeatsAndAppraisalKeepsItsAgents() {
		CommandLine command = new CommandLine(new KefuCommand(KefuApplication.class));

		BenchCommand roster = (BenchCommand) command
			.parseArgs("bench", "roster", "--agents", "8,30", "--limits", "5s,1m", "--repeat", "3")
			.subcommand()
			.commandSpec()
			.userObject();
		BenchCommand defaults = (BenchCommand) new CommandLine(new KefuCommand(KefuApplication.class))
			.parseArgs("bench", "roster")
			.subcommand()
			.commandSpec()
			.userObject();

		assertThat(roster.agents).containsExactly(8, 30);
		assertThat(roster.limits).containsExactly(java.time.Duration.ofSeconds(5), java.time.Duration.ofMinutes(1));
		assertThat(roster.repeat).isEqualTo(3);
		assertThat(defaults.agents).isNull();
		assertThat(defaults.limits).containsExactly(java.time.Duration.ofSeconds(10), java.time.Duration.ofSeconds(60));
		assertThat(defaults.repeat).isEqualTo(1);
	}

	@Test
	void benchRosterRefusesBadSettingsWithoutOpeningADatabase() {
		CommandLine command = new CommandLine(new KefuCommand(KefuApplication.class));

		int exitCode = command.execute("bench", "roster", "--agents", "8", "--repeat", "0");

		assertThat(exitCode).isEqualTo(1);
	}

	@Test
	void appraisalTakesAShopAndAMonth() {
		CommandLine command = new CommandLine(new KefuCommand(KefuApplication.class));

		CommandLine.ParseResult parsed = command.parseArgs("appraisal", "--shop", "1", "--month", "2026-11");

		AppraisalCommand appraisal = (AppraisalCommand) parsed.subcommand().commandSpec().userObject();
		assertThat(appraisal.shopId).isEqualTo(1);
		assertThat(appraisal.month).isEqualTo(java.time.YearMonth.of(2026, 11));
		assertThat(appraisal.xlsx).isNull();
		assertThat(((AppraisalCommand) command
			.parseArgs("appraisal", "--shop", "1", "--month", "2026-03", "--xlsx", "march.xlsx")
			.subcommand()
			.commandSpec()
			.userObject()).xlsx).hasFileName("march.xlsx");
		assertThat(command.setErr(new PrintWriter(new StringWriter()))
			.execute("appraisal", "--shop", "1", "--month", "November")).isNotZero();
	}

	@Test
	void anUnknownSubcommandIsAnError() {
		CommandLine command = new CommandLine(new KefuCommand(KefuApplication.class))
			.setErr(new PrintWriter(new StringWriter()));

		assertThat(command.execute("frobnicate")).isNotZero();
	}

}
