package io.kefu.analytics.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;

import io.kefu.analytics.FigureSettings;
import io.kefu.analytics.FigureTrend;
import io.kefu.analytics.InvalidRangeException;
import io.kefu.analytics.Figures;
import io.kefu.analytics.JudgeRule;
import io.kefu.analytics.OrderFilter;
import io.kefu.analytics.OrderLine;
import io.kefu.analytics.ReceptionDetail;
import io.kefu.analytics.ReceptionFilter;
import io.kefu.analytics.ReceptionLine;
import io.kefu.analytics.TeamFigures;
import io.kefu.customer.Buyers;
import io.kefu.order.Order;
import io.kefu.order.Refund;
import io.kefu.reception.Direction;
import io.kefu.reception.Message;
import io.kefu.reception.Messages;
import io.kefu.shop.Shop;
import io.kefu.shop.ShopId;
import io.kefu.shop.Shops;
import io.kefu.staff.Agent;
import io.kefu.staff.Staff;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Figures added up from the stored facts, once the facts of the days asked for are fresh.
 */
@Service
@EnableConfigurationProperties(FigureProperties.class)
class StoredFigures implements Figures {

	private static final Duration POLL = Duration.ofMillis(100);

	private static final int LONGEST_RANGE_DAYS = 366;

	private final Shops shops;

	private final Staff staff;

	private final Buyers buyers;

	private final Messages messages;

	private final FactStore facts;

	private final DaySumsRefresh daySums;

	private final DaySumsStore daySumsStore;

	private final FigureSettingsStore settingsStore;

	private final PendingDays pendingDays;

	private final PendingRecompute recompute;

	private final ObjectProvider<RecomputeWorker> worker;

	private final Duration patience;

	private final Clock clock;

	@Autowired
	StoredFigures(Shops shops, Staff staff, Buyers buyers, Messages messages, FactStore facts, DaySumsRefresh daySums,
			DaySumsStore daySumsStore, FigureSettingsStore settingsStore, PendingDays pendingDays,
			PendingRecompute recompute, ObjectProvider<RecomputeWorker> worker, FigureProperties properties) {
		this(shops, staff, buyers, messages, facts, daySums, daySumsStore, settingsStore, pendingDays, recompute,
				worker, properties.patience(), Clock.systemUTC());
	}

	StoredFigures(Shops shops, Staff staff, Buyers buyers, Messages messages, FactStore facts, DaySumsRefresh daySums,
			DaySumsStore daySumsStore, FigureSettingsStore settingsStore, PendingDays pendingDays,
			PendingRecompute recompute, ObjectProvider<RecomputeWorker> worker, Duration patience, Clock clock) {
		this.shops = shops;
		this.staff = staff;
		this.buyers = buyers;
		this.messages = messages;
		this.facts = facts;
		this.daySums = daySums;
		this.daySumsStore = daySumsStore;
		this.settingsStore = settingsStore;
		this.pendingDays = pendingDays;
		this.recompute = recompute;
		this.worker = worker;
		this.patience = patience;
		this.clock = clock;
	}

	@Override
	public Dashboard dashboard(long shopId, LocalDate from, LocalDate to, @Nullable JudgeRule judgeRule) {
		Summed summed = summed(shopId, from, to, judgeRule);
		return new Dashboard(team(summed, from, to), trend(summed));
	}

	@Override
	public TeamFigures team(long shopId, LocalDate from, LocalDate to, @Nullable JudgeRule judgeRule) {
		return team(summed(shopId, from, to, judgeRule), from, to);
	}

	private TeamFigures team(Summed summed, LocalDate from, LocalDate to) {
		FigureSheet.Sheet sheet = new FigureSheet(summed.shop(), summed.settings(), from, to).sum(summed.days(),
				summed.accounts());
		return new TeamFigures(from, to, summed.settings().judgeRule(), sheet.agents(), sheet.team(), sheet.shop(),
				provisionalFrom(summed.shop(), summed.settings(), from, to), !summed.fresh());
	}

	private static FigureTrend trend(Summed summed) {
		List<FigureTrend.Day> days = new ArrayList<>();
		for (FigureSheet.DaySums day : summed.days()) {
			FigureSheet.Sheet sheet = new FigureSheet(summed.shop(), summed.settings(), day.day(), day.day())
				.sum(List.of(day), summed.accounts());
			days.add(new FigureTrend.Day(day.day(), sheet.team(), sheet.shop()));
		}
		long[] hours = FigureSheet.receptionsByHour(summed.days());
		return new FigureTrend(days, Arrays.stream(hours).boxed().toList());
	}

	/** A range's stored day sums, once its facts are fresh and its days added up. */
	private Summed summed(long shopId, LocalDate from, LocalDate to, @Nullable JudgeRule judgeRule) {
		requireRange(from, to);
		Shop shop = shops.get(new ShopId(shopId));
		FigureSettings shopSettings = settingsStore.of(shopId);
		FigureSettings settings = judgeRule == null ? shopSettings : shopSettings.withJudgeRule(judgeRule);
		boolean fresh = awaitFresh(shopId, to.plusDays(settings.validityDays() - 1));
		daySums.refreshMissing(shop, shopSettings, from, to);
		return new Summed(shop, settings, fresh, daySumsStore.read(shopId, settings.judgeRule(), from, to),
				accounts(shop));
	}

	private record Summed(Shop shop, FigureSettings settings, boolean fresh, List<FigureSheet.DaySums> days,
			LongFunction<String> accounts) {
	}

	@Override
	public List<ReceptionLine> receptions(long shopId, LocalDate from, LocalDate to, @Nullable JudgeRule judgeRule,
			@Nullable Long agentId, ReceptionFilter filter) {
		Inputs inputs = inputs(shopId, from, to, judgeRule);
		FigureSheet sheet = new FigureSheet(inputs.shop(), inputs.settings(), from, to);
		List<ReceptionSummary> chosen = inputs.summaries()
			.stream()
			.filter(reception -> agentId == null || reception.agent() == agentId)
			.sorted(Comparator.comparing(ReceptionSummary::day).thenComparing(ReceptionSummary::firstInAt))
			.toList();
		Map<Long, String> nicks = buyers.nicks(shopId,
				chosen.stream().map(ReceptionSummary::buyerId).distinct().toList());
		List<ReceptionLine> lines = new ArrayList<>();
		for (ReceptionSummary reception : chosen) {
			ReceptionLine line = line(inputs, sheet, reception, nicks);
			if (matches(line, filter)) {
				lines.add(line);
			}
		}
		return lines;
	}

	private static boolean matches(ReceptionLine line, ReceptionFilter filter) {
		return switch (filter) {
			case ALL -> true;
			case REPLIED -> line.replied();
			case UNREPLIED -> !line.replied();
			case INQUIRY -> line.inquiry();
			case ORDERED -> line.ordered();
			case PAID -> line.paid();
		};
	}

	private ReceptionLine line(Inputs inputs, FigureSheet sheet, ReceptionSummary reception, Map<Long, String> nicks) {
		List<CreditedOrder> ofAgent = inputs.creditedTo(reception.buyerId(), reception.agent());
		List<CreditedOrder> converting = sheet.converting(reception.inquiry(), reception.day(), reception.firstInAt(),
				ofAgent);
		List<String> credited = ofAgent.stream()
			.filter(order -> reception.day().equals(order.receptionDay()))
			.map(CreditedOrder::orderNo)
			.toList();
		Double average = reception.answeredRuns() == 0 ? null : reception.responseSeconds() / reception.answeredRuns();
		return new ReceptionLine(reception.agent(), inputs.accounts().apply(reception.agent()), reception.buyerId(),
				nicks.getOrDefault(reception.buyerId(), "#" + reception.buyerId()), reception.day(),
				reception.firstInAt(), reception.runs(), reception.answeredRuns(), reception.inMessages(),
				reception.humanMessages(), reception.firstResponseSeconds(), average, reception.replied(),
				reception.inquiry(), !converting.isEmpty(), converting.stream().anyMatch(CreditedOrder::isPaid),
				credited);
	}

	@Override
	public Optional<ReceptionDetail> reception(long shopId, long agentId, long buyerId, LocalDate day,
			@Nullable JudgeRule judgeRule) {
		Inputs inputs = inputs(shopId, day, day, judgeRule);
		Optional<Reception> found = facts.reception(shopId, agentId, buyerId, day);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		Reception reception = found.get();
		FigureSheet sheet = new FigureSheet(inputs.shop(), inputs.settings(), day, day);
		Map<Long, String> nicks = buyers.nicks(shopId, List.of(buyerId));
		ReceptionLine line = line(inputs, sheet, ReceptionSummary.of(reception, inputs.shop(), inputs.settings()),
				nicks);
		double slow = QuestionRun.seconds(inputs.settings().slowThreshold());
		List<ReceptionDetail.Run> runs = reception.runs()
			.stream()
			.map(run -> new ReceptionDetail.Run(run.firstAt(), run.lastAt(), run.messages(), run.answeredAt(),
					run.responseSeconds(), run.responseSeconds() != null && run.responseSeconds() > slow,
					sheet.inServiceWindow(run.firstAt())))
			.toList();
		List<OrderLine> orders = inputs.orders()
			.stream()
			.filter(order -> order.buyerId() == buyerId && Long.valueOf(agentId).equals(order.agent())
					&& day.equals(order.receptionDay()))
			.map(order -> orderLine(inputs, sheet, order, nicks))
			.toList();
		return Optional.of(new ReceptionDetail(line, runs, orders, transcript(inputs, reception)));
	}

	private List<ReceptionDetail.TranscriptLine> transcript(Inputs inputs, Reception reception) {
		Shop shop = inputs.shop();
		Instant from = shop.startOf(reception.day());
		Instant to = shop.startOf(reception.day().plusDays(1)).plus(inputs.settings().grace());
		Set<Instant> humanTimes = Set.copyOf(reception.humanMessageTimes());
		List<ReceptionDetail.TranscriptLine> lines = new ArrayList<>();
		for (Message message : messages.thread(shop.id().value(), reception.buyerId())) {
			if (!message.sentAt().isBefore(from) && message.sentAt().isBefore(to)) {
				boolean ours = message.direction() == Direction.IN
						? reception.runs()
							.stream()
							.anyMatch(run -> !message.sentAt().isBefore(run.firstAt())
									&& !message.sentAt().isAfter(run.lastAt()))
						: Long.valueOf(reception.agent()).equals(message.agentId())
								&& humanTimes.contains(message.sentAt());
				lines.add(new ReceptionDetail.TranscriptLine(message.id(), message.sentAt(), message.direction(),
						message.kind(), message.agentId() == null ? null : inputs.accounts().apply(message.agentId()),
						message.content(), ours));
			}
		}
		return lines;
	}

	@Override
	public List<OrderLine> orders(long shopId, LocalDate from, LocalDate to, @Nullable JudgeRule judgeRule,
			@Nullable Long agentId, OrderFilter filter) {
		Inputs inputs = inputs(shopId, from, to, judgeRule);
		FigureSheet sheet = new FigureSheet(inputs.shop(), inputs.settings(), from, to);
		List<CreditedOrder> chosen = inputs.orders().stream().filter(order -> switch (filter) {
			case SALES -> order.agent() != null && paidIn(inputs.shop(), order, from, to);
			case REFUNDS -> order.agent() != null && !sheet.countedRefunds(order).isEmpty();
			case SILENT -> order.agent() == null && paidIn(inputs.shop(), order, from, to);
		}).filter(order -> agentId == null || agentId.equals(order.agent())).toList();
		Map<Long, String> nicks = buyers.nicks(shopId, chosen.stream().map(CreditedOrder::buyerId).distinct().toList());
		return chosen.stream().map(order -> orderLine(inputs, sheet, order, nicks)).toList();
	}

	private static boolean paidIn(Shop shop, CreditedOrder order, LocalDate from, LocalDate to) {
		if (order.paidAt() == null) {
			return false;
		}
		LocalDate paid = shop.businessDay(order.paidAt());
		return !paid.isBefore(from) && !paid.isAfter(to);
	}

	private static OrderLine orderLine(Inputs inputs, FigureSheet sheet, CreditedOrder order, Map<Long, String> nicks) {
		BigDecimal refunded = sheet.countedRefunds(order)
			.stream()
			.map(Refund::amount)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		return new OrderLine(order.orderId(), order.orderNo(), order.buyerId(),
				nicks.getOrDefault(order.buyerId(), "#" + order.buyerId()), order.agent(),
				order.agent() == null ? null : inputs.accounts().apply(order.agent()), order.receptionDay(),
				order.createdAt(), order.paidAt(), order.paidAmount(), FigureSheet.money(refunded));
	}

	/** Everything a range's figures are added up from, read once the range is fresh. */
	private Inputs inputs(long shopId, LocalDate from, LocalDate to, @Nullable JudgeRule judgeRule) {
		requireRange(from, to);
		Shop shop = shops.get(new ShopId(shopId));
		FigureSettings shopSettings = settingsStore.of(shopId);
		FigureSettings settings = judgeRule == null ? shopSettings : shopSettings.withJudgeRule(judgeRule);
		boolean fresh = awaitFresh(shopId, to.plusDays(settings.validityDays() - 1));
		return new Inputs(shop, settings, fresh, facts.summaries(shopId, from, to),
				daySums.creditedOrders(shop, settings, from, to), facts.unreceived(shopId, from, to), accounts(shop));
	}

	private record Inputs(Shop shop, FigureSettings settings, boolean fresh, List<ReceptionSummary> summaries,
			List<CreditedOrder> orders, List<UnreceivedDay> unreceived, LongFunction<String> accounts,
			Map<List<Long>, List<CreditedOrder>> byBuyerAndAgent) {

		Inputs(Shop shop, FigureSettings settings, boolean fresh, List<ReceptionSummary> summaries,
				List<CreditedOrder> orders, List<UnreceivedDay> unreceived, LongFunction<String> accounts) {
			this(shop, settings, fresh, summaries, orders, unreceived, accounts, byBuyerAndAgent(orders));
		}

		private static Map<List<Long>, List<CreditedOrder>> byBuyerAndAgent(List<CreditedOrder> orders) {
			Map<List<Long>, List<CreditedOrder>> index = new HashMap<>();
			for (CreditedOrder order : orders) {
				if (order.agent() != null) {
					index.computeIfAbsent(List.of(order.buyerId(), order.agent()), key -> new ArrayList<>()).add(order);
				}
			}
			return index;
		}

		/** The orders of a buyer credited to an agent. */
		List<CreditedOrder> creditedTo(long buyerId, long agent) {
			return byBuyerAndAgent.getOrDefault(List.of(buyerId, agent), List.of());
		}

	}

	private boolean awaitFresh(long shopId, LocalDate lastRelevant) {
		recompute.queueHistoryOnce(shopId);
		if (!pendingDays.anyTouching(shopId, lastRelevant)) {
			return true;
		}
		RecomputeWorker running = worker.getIfAvailable();
		if (running == null) {
			recompute.drain();
			return !pendingDays.anyTouching(shopId, lastRelevant);
		}
		running.wake();
		long deadline = System.nanoTime() + patience.toNanos();
		while (System.nanoTime() < deadline) {
			try {
				Thread.sleep(POLL.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
			if (!pendingDays.anyTouching(shopId, lastRelevant)) {
				return true;
			}
		}
		return false;
	}

	private LongFunction<String> accounts(Shop shop) {
		Map<Long, String> accounts = new HashMap<>();
		for (Agent agent : staff.inShop(shop.id().value())) {
			accounts.put(agent.id().value(),
					shop.agentAccount(agent.nickname() != null ? agent.nickname() : agent.displayName()));
		}
		return id -> accounts.getOrDefault(id, shop.name() + ":#" + id);
	}

	private @Nullable LocalDate provisionalFrom(Shop shop, FigureSettings settings, LocalDate from, LocalDate to) {
		LocalDate firstProvisional = shop.businessDay(clock.instant()).minusDays(settings.validityDays() - 1);
		if (to.isBefore(firstProvisional)) {
			return null;
		}
		return from.isAfter(firstProvisional) ? from : firstProvisional;
	}

	/** A range runs forwards and is at most a year and a day long. */
	static void requireRange(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			throw new InvalidRangeException("The range ends (" + to + ") before it starts (" + from + ")");
		}
		if (from.plusDays(LONGEST_RANGE_DAYS).isBefore(to)) {
			throw new InvalidRangeException("A range is at most " + LONGEST_RANGE_DAYS + " days long");
		}
	}

	/**
	 * The judge rule and the targets are applied when figures are read (the facts hold
	 * every rule's credits); every other setting shapes the facts.
	 */
	private static boolean changesFacts(FigureSettings before, FigureSettings after) {
		return before.validityDays() != after.validityDays() || before.afterSalesDays() != after.afterSalesDays()
				|| !before.grace().equals(after.grace()) || before.filterOwnAccounts() != after.filterOwnAccounts()
				|| !before.ownAccounts().equals(after.ownAccounts())
				|| before.filterEmptyChats() != after.filterEmptyChats()
				|| !before.excludedFlags().equals(after.excludedFlags())
				|| !before.serviceStart().equals(after.serviceStart())
				|| !before.serviceEnd().equals(after.serviceEnd())
				|| !before.slowThreshold().equals(after.slowThreshold());
	}

	@Override
	public FigureSettings settings(long shopId) {
		return settingsStore.of(shopId);
	}

	@Override
	@Transactional
	public void changeSettings(long shopId, FigureSettings settings) {
		FigureSettings before = settingsStore.of(shopId);
		settingsStore.save(shopId, settings);
		if (changesFacts(before, settings)) {
			recompute.queueHistory(shopId);
			worker.ifAvailable(RecomputeWorker::wake);
		}
	}

}
