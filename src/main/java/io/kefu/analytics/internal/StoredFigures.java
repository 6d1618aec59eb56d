package io.kefu.analytics.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.kefu.analytics.FigureSettings;
import io.kefu.analytics.Figures;
import io.kefu.analytics.JudgeRule;
import io.kefu.analytics.OrderFilter;
import io.kefu.analytics.OrderLine;
import io.kefu.analytics.ReceptionDetail;
import io.kefu.analytics.ReceptionFilter;
import io.kefu.analytics.ReceptionLine;
import io.kefu.analytics.TeamFigures;
import io.kefu.customer.BuyerId;
import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Figures read from the stored facts as they are: the dashboards, the lines behind their
 * numbers, and the settings.
 */
@Service
class StoredFigures implements Figures {

	private final Dashboards dashboards;

	private final ReceptionLines receptions;

	private final ReceptionDetails details;

	private final OrderLines orders;

	private final FigureSettingsChanges settings;

	StoredFigures(Dashboards dashboards, ReceptionLines receptions, ReceptionDetails details, OrderLines orders,
			FigureSettingsChanges settings) {
		this.dashboards = dashboards;
		this.receptions = receptions;
		this.details = details;
		this.orders = orders;
		this.settings = settings;
	}

	@Override
	public Dashboard dashboard(ShopId shopId, LocalDate from, LocalDate to, @Nullable JudgeRule judgeRule) {
		return dashboards.dashboard(shopId.value(), from, to, judgeRule);
	}

	@Override
	public TeamFigures team(ShopId shopId, LocalDate from, LocalDate to, @Nullable JudgeRule judgeRule) {
		return dashboards.team(shopId.value(), from, to, judgeRule);
	}

	@Override
	public List<ReceptionLine> receptions(ShopId shopId, LocalDate from, LocalDate to, @Nullable JudgeRule judgeRule,
			@Nullable AgentId agentId, ReceptionFilter filter) {
		return receptions.receptions(shopId.value(), from, to, judgeRule, agentId == null ? null : agentId.value(),
				filter);
	}

	@Override
	public Optional<ReceptionDetail> reception(ShopId shopId, AgentId agentId, BuyerId buyerId, LocalDate day,
			@Nullable JudgeRule judgeRule) {
		return details.reception(shopId.value(), agentId.value(), buyerId.value(), day, judgeRule);
	}

	@Override
	public List<OrderLine> orders(ShopId shopId, LocalDate from, LocalDate to, @Nullable JudgeRule judgeRule,
			@Nullable AgentId agentId, OrderFilter filter) {
		return orders.orders(shopId.value(), from, to, judgeRule, agentId == null ? null : agentId.value(), filter);
	}

	@Override
	public FigureSettings settings(ShopId shopId) {
		return settings.of(shopId.value());
	}

	@Override
	public void changeSettings(ShopId shopId, FigureSettings settings) {
		this.settings.change(shopId.value(), settings);
	}

}
