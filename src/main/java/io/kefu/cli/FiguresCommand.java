package io.kefu.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import io.kefu.analytics.FigureRecompute;
import io.kefu.analytics.FigureReport;
import io.kefu.analytics.Figures;
import io.kefu.analytics.JudgeRule;
import io.kefu.analytics.ShopFigures;
import io.kefu.shop.ShopId;
import io.kefu.shop.Shops;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

@Command(name = "figures", mixinStandardHelpOptions = true,
		description = "Print a shop's service figures per agent over business days, as the API gives them.")
class FiguresCommand implements Callable<Integer> {

	@ParentCommand
	KefuCommand kefu;

	@Option(names = "--shop", required = true, description = "The shop's id (GET /api/v1/shops lists them).")
	long shopId;

	@Option(names = "--from", required = true, description = "The first business day, YYYY-MM-DD.")
	LocalDate from;

	@Option(names = "--to", required = true, description = "The last business day, YYYY-MM-DD (inclusive).")
	LocalDate to;

	@Option(names = "--judge-rule", description = "Override the shop's crediting rule: ${COMPLETION-CANDIDATES}.")
	@Nullable JudgeRule judgeRule;

	@Option(names = "--json", description = "Print the API's JSON instead of a table.")
	boolean json;

	@Override
	public Integer call() {
		if (to.isBefore(from)) {
			System.err.println("--to (" + to + ") is before --from (" + from + ")");
			return 1;
		}
		if (!DatabaseStartup.open()) {
			return 1;
		}
		try (ConfigurableApplicationContext context = HeadlessKefu.quiet(kefu)) {
			if (context.getBean(Shops.class).find(ShopId.of(shopId)).isEmpty()) {
				System.err.println("There is no shop " + shopId + " (GET /api/v1/shops lists them)");
				return 1;
			}
			// without the server's background worker, pending days are recomputed here
			// first
			context.getBean(FigureRecompute.class).runQueued();
			FigureReport report = FigureReport
				.of(context.getBean(Figures.class).team(ShopId.of(shopId), from, to, judgeRule));
			if (json) {
				System.out.println(JsonMapper.builder()
					.enable(SerializationFeature.INDENT_OUTPUT)
					.build()
					.writeValueAsString(report));
			}
			else {
				print(report, System.out);
			}
			return 0;
		}
	}

	private static void print(FigureReport report, PrintStream out) {
		out.printf("%s to %s, credited %s%s%n", report.from(), report.to(), report.judgeRule(),
				report.provisionalFrom() == null ? "" : ", conversion provisional from " + report.provisionalFrom());
		out.printf("%-28s %8s %8s %8s %9s %9s %8s %8s %8s %8s %12s %10s %12s%n", "agent", "recept.", "replied",
				"reply%", "first(s)", "avg(s)", "3min%", "inquir.", "paid", "conv%", "sales", "refunds", "effective");
		for (FigureReport.Row row : report.agents()) {
			out.printf("%s %8d %8d %8s %9s %9s %8s %8d %8d %8s %12s %10s %12s%n", TerminalText.padded(row.agent(), 28),
					row.receptions(), row.repliedReceptions(), percent(row.replyRate()),
					decimal(row.firstResponseSeconds()), decimal(row.avgResponseSeconds()),
					percent(row.threeMinuteRate()), row.inquiries(), row.inquiryPaid(),
					percent(row.inquiryConversion()), row.salesAmount(), row.refundAmount(), row.effectiveSales());
		}
		ShopFigures shop = report.shop();
		if (shop != null) {
			out.printf("shop: paid %s, agents %s, silent %s, agents' share %s, unreceived %d%n", shop.paidAmount(),
					shop.agentSales(), shop.silentSales(), percent(shop.agentSalesShare()),
					shop.unreceivedConsultations());
		}
	}

	private static String percent(@Nullable Double ratio) {
		return ratio == null ? "-" : String.format("%.1f", ratio * 100);
	}

	private static String decimal(@Nullable Double value) {
		return value == null ? "-" : String.format("%.1f", value);
	}

}
