package io.kefu.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.kefu.analytics.FigureRecompute;
import io.kefu.appraisal.AgentAppraisal;
import io.kefu.appraisal.Appraisals;
import io.kefu.appraisal.IndicatorBonus;
import io.kefu.appraisal.MonthAppraisal;
import io.kefu.appraisal.web.AppraisalWorkbook;
import io.kefu.shop.ShopId;
import io.kefu.shop.Shops;
import io.kefu.staff.Agent;
import io.kefu.staff.AgentId;
import io.kefu.staff.Staff;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

@Command(name = "appraisal", mixinStandardHelpOptions = true,
		description = "Print a shop's month of KPI, indicator bonuses and pay per agent, as the API gives them, "
				+ "or write it as the page's .xlsx.")
class AppraisalCommand implements Callable<Integer> {

	@ParentCommand
	KefuCommand kefu;

	@Option(names = "--shop", required = true, description = "The shop's id (GET /api/v1/shops lists them).")
	long shopId;

	@Option(names = "--month", required = true, description = "The month, YYYY-MM.")
	YearMonth month;

	@Option(names = "--json", description = "Print the appraisal as JSON instead of a table.")
	boolean json;

	@Option(names = "--xlsx", paramLabel = "FILE",
			description = "Write the month to FILE as the .xlsx the page gives supervisors (every agent, in Chinese) "
					+ "instead of printing it.")
	@Nullable Path xlsx;

	@Override
	public Integer call() {
		String refused = refusal();
		if (refused != null) {
			System.err.println(refused);
			return 1;
		}
		if (!DatabaseStartup.open()) {
			return 1;
		}
		try (ConfigurableApplicationContext context = HeadlessKefu.quiet(kefu)) {
			ShopId shop = ShopId.of(shopId);
			if (context.getBean(Shops.class).find(shop).isEmpty()) {
				System.err.println("There is no shop " + shopId + " (GET /api/v1/shops lists them)");
				return 1;
			}
			// without the server's background worker, pending days are recomputed here
			// first
			context.getBean(FigureRecompute.class).runQueued();
			MonthAppraisal appraisal = context.getBean(Appraisals.class).appraise(shop, month);
			if (xlsx != null) {
				return write(appraisal, agents(context, shop), context.getBean(MessageSource.class), xlsx);
			}
			if (json) {
				System.out.println(JsonMapper.builder()
					.enable(SerializationFeature.INDENT_OUTPUT)
					.build()
					.writeValueAsString(appraisal));
			}
			else {
				print(appraisal, agents(context, shop), System.out);
			}
			return 0;
		}
	}

	private @Nullable String refusal() {
		if (xlsx == null) {
			return null;
		}
		return json ? "--json and --xlsx are alternatives: give one" : unwritable(xlsx);
	}

	private static Map<AgentId, Agent> agents(ConfigurableApplicationContext context, ShopId shop) {
		return context.getBean(Staff.class)
			.inShop(shop)
			.stream()
			.collect(Collectors.toMap(Agent::id, Function.identity(), (a, b) -> a));
	}

	/**
	 * Why the file cannot be written, or null when it can; asked before the database
	 * starts, so that a typo costs no wait.
	 */
	static @Nullable String unwritable(Path file) {
		Path absolute = file.toAbsolutePath().normalize();
		Path folder = absolute.getParent();
		if (Files.isDirectory(absolute)) {
			return "--xlsx " + file + " is a folder, not a file";
		}
		if (folder == null || !Files.isDirectory(folder)) {
			return "--xlsx " + file + ": there is no folder " + folder;
		}
		if (Files.exists(absolute) ? !Files.isWritable(absolute) : !Files.isWritable(folder)) {
			return "--xlsx " + file + ": not allowed to write there";
		}
		return null;
	}

	/** Writes every agent's month as the page's workbook for supervisors, in Chinese. */
	static int write(MonthAppraisal appraisal, Map<AgentId, Agent> agents, MessageSource messages, Path file) {
		byte[] book = AppraisalWorkbook.of(appraisal, appraisal.agents(), agents, messages, Locale.SIMPLIFIED_CHINESE);
		try {
			Files.write(file, book);
		}
		catch (IOException ex) {
			System.err.println("--xlsx " + file + ": cannot write it: " + ex.getMessage());
			return 1;
		}
		System.out.printf("Wrote %s (%s, %d agents%s) to %s%n", appraisal.month(), appraisal.status(),
				appraisal.agents().size(), appraisal.stale() ? ", figures still being recomputed" : "",
				file.toAbsolutePath().normalize());
		return 0;
	}

	private static void print(MonthAppraisal appraisal, Map<AgentId, Agent> agents, PrintStream out) {
		out.printf("%s, %s%s%n", appraisal.month(), appraisal.status(),
				appraisal.stale() ? ", figures still being recomputed" : "");
		out.printf("%-20s %-11s %7s %7s %7s %7s %7s %7s %7s %7s  %-4s %10s %9s %9s %11s%n", "agent", "group", "recept.",
				"sales", "attit.", "conv.", "resp.", "closure", "penalty", "KPI", "bon.", "comm./perf.", "bonuses",
				"sheet", "total");
		for (AgentAppraisal row : appraisal.agents()) {
			Agent agent = agents.get(row.agent());
			out.printf("%s %-11s %7d %7s %7s %7s %7s %7s %7.2f %7.2f  %-4s %10s %9s %9s %11s%n",
					TerminalText.padded(agent == null ? row.agent().toString() : agent.displayName(), 20), row.group(),
					row.month().receptions(), points(row.components().sales()), points(row.components().attitude()),
					points(row.components().conversion()), points(row.components().response()),
					points(row.components().closure()), row.volumePenalty(), row.kpi(), bonusMarks(row),
					row.pay().commission().add(row.pay().performance()), row.pay().bonuses(), row.pay().sheet(),
					row.pay().total());
		}
		out.println("bon.: conversion (pre-sales only), response, typing, reviews — + paid, - not met, g held back by "
				+ "the gate, v void (cheating); comm./perf.: commission (pre-sales) or 绩效 (after-sales)");
	}

	/**
	 * A component to two decimals, or a dash when it is not part of the agent's group's
	 * KPI.
	 */
	private static String points(@Nullable BigDecimal value) {
		return value == null ? "-" : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
	}

	private static String bonusMarks(AgentAppraisal row) {
		StringBuilder marks = new StringBuilder();
		for (IndicatorBonus bonus : row.bonuses()) {
			marks.append(switch (bonus.status()) {
				case MET -> '+';
				case NOT_MET -> '-';
				case GATED -> 'g';
				case VOIDED -> 'v';
			});
		}
		return marks.toString();
	}

}
