package io.kefu.analytics.web;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import io.kefu.analytics.FigureSettings;
import io.kefu.analytics.FigureTargets;
import io.kefu.analytics.JudgeRule;
import io.kefu.order.Flag;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The figure settings as the supervisor's form posts them: the conversion target in
 * percent, own accounts one per line.
 */
public class FigureSettingsForm {

	private JudgeRule judgeRule = JudgeRule.ORDER_FIRST;

	@Min(1)
	@Max(15)
	private int validityDays = 2;

	@Min(0)
	@Max(30)
	private int afterSalesDays = 3;

	@Min(0)
	@Max(360)
	private int graceMinutes = 30;

	@NotNull
	@DateTimeFormat(pattern = "HH:mm")
	private @Nullable LocalTime serviceStart = LocalTime.of(8, 0);

	@NotNull
	@DateTimeFormat(pattern = "HH:mm")
	private @Nullable LocalTime serviceEnd = LocalTime.of(23, 0);

	@Min(1)
	@Max(3600)
	private int slowThresholdSeconds = 100;

	private boolean filterOwnAccounts = true;

	private String ownAccounts = "";

	private boolean filterEmptyChats = true;

	private Set<Flag> excludedFlags = EnumSet.noneOf(Flag.class);

	@DecimalMin("0")
	@DecimalMax("100")
	private @Nullable BigDecimal conversionTargetPercent;

	@DecimalMin("1")
	private @Nullable BigDecimal responseTargetSeconds;

	@DecimalMin("0")
	private @Nullable BigDecimal monthlySalesTarget;

	static FigureSettingsForm of(FigureSettings settings) {
		FigureSettingsForm form = new FigureSettingsForm();
		form.judgeRule = settings.judgeRule();
		form.validityDays = settings.validityDays();
		form.afterSalesDays = settings.afterSalesDays();
		form.graceMinutes = (int) settings.grace().toMinutes();
		form.serviceStart = settings.serviceStart();
		form.serviceEnd = settings.serviceEnd();
		form.slowThresholdSeconds = (int) settings.slowThreshold().toSeconds();
		form.filterOwnAccounts = settings.filterOwnAccounts();
		form.ownAccounts = settings.ownAccounts().stream().sorted().collect(Collectors.joining("\n"));
		form.filterEmptyChats = settings.filterEmptyChats();
		form.excludedFlags = settings.excludedFlags().isEmpty() ? EnumSet.noneOf(Flag.class)
				: EnumSet.copyOf(settings.excludedFlags());
		FigureTargets targets = settings.targets();
		form.conversionTargetPercent = targets.weeklyInquiryConversion() == null ? null
				: BigDecimal.valueOf(targets.weeklyInquiryConversion() * 100).stripTrailingZeros();
		form.responseTargetSeconds = targets.averageResponseSeconds() == null ? null
				: BigDecimal.valueOf(targets.averageResponseSeconds()).stripTrailingZeros();
		form.monthlySalesTarget = targets.monthlySalesPerAgent();
		return form;
	}

	/**
	 * @throws IllegalArgumentException when the fields do not make settings (a service
	 * window that ends before it starts)
	 */
	FigureSettings toSettings() {
		Set<String> own = Arrays.stream(ownAccounts.split("\\R"))
			.map(String::strip)
			.filter(nick -> !nick.isEmpty())
			.collect(Collectors.toSet());
		return new FigureSettings(judgeRule, validityDays, afterSalesDays, Duration.ofMinutes(graceMinutes),
				serviceStart, serviceEnd, Duration.ofSeconds(slowThresholdSeconds), filterOwnAccounts, own,
				filterEmptyChats, excludedFlags,
				new FigureTargets(conversionTargetPercent == null ? null : conversionTargetPercent.doubleValue() / 100,
						responseTargetSeconds == null ? null : responseTargetSeconds.doubleValue(),
						monthlySalesTarget));
	}

	public JudgeRule getJudgeRule() {
		return judgeRule;
	}

	public void setJudgeRule(JudgeRule judgeRule) {
		this.judgeRule = judgeRule;
	}

	public int getValidityDays() {
		return validityDays;
	}

	public void setValidityDays(int validityDays) {
		this.validityDays = validityDays;
	}

	public int getAfterSalesDays() {
		return afterSalesDays;
	}

	public void setAfterSalesDays(int afterSalesDays) {
		this.afterSalesDays = afterSalesDays;
	}

	public int getGraceMinutes() {
		return graceMinutes;
	}

	public void setGraceMinutes(int graceMinutes) {
		this.graceMinutes = graceMinutes;
	}

	public @Nullable LocalTime getServiceStart() {
		return serviceStart;
	}

	public void setServiceStart(@Nullable LocalTime serviceStart) {
		this.serviceStart = serviceStart;
	}

	public @Nullable LocalTime getServiceEnd() {
		return serviceEnd;
	}

	public void setServiceEnd(@Nullable LocalTime serviceEnd) {
		this.serviceEnd = serviceEnd;
	}

	public int getSlowThresholdSeconds() {
		return slowThresholdSeconds;
	}

	public void setSlowThresholdSeconds(int slowThresholdSeconds) {
		this.slowThresholdSeconds = slowThresholdSeconds;
	}

	public boolean isFilterOwnAccounts() {
		return filterOwnAccounts;
	}

	public void setFilterOwnAccounts(boolean filterOwnAccounts) {
		this.filterOwnAccounts = filterOwnAccounts;
	}

	public String getOwnAccounts() {
		return ownAccounts;
	}

	public void setOwnAccounts(String ownAccounts) {
		this.ownAccounts = ownAccounts;
	}

	public boolean isFilterEmptyChats() {
		return filterEmptyChats;
	}

	public void setFilterEmptyChats(boolean filterEmptyChats) {
		this.filterEmptyChats = filterEmptyChats;
	}

	public Set<Flag> getExcludedFlags() {
		return excludedFlags;
	}

	public void setExcludedFlags(Set<Flag> excludedFlags) {
		this.excludedFlags = excludedFlags;
	}

	public @Nullable BigDecimal getConversionTargetPercent() {
		return conversionTargetPercent;
	}

	public void setConversionTargetPercent(@Nullable BigDecimal conversionTargetPercent) {
		this.conversionTargetPercent = conversionTargetPercent;
	}

	public @Nullable BigDecimal getResponseTargetSeconds() {
		return responseTargetSeconds;
	}

	public void setResponseTargetSeconds(@Nullable BigDecimal responseTargetSeconds) {
		this.responseTargetSeconds = responseTargetSeconds;
	}

	public @Nullable BigDecimal getMonthlySalesTarget() {
		return monthlySalesTarget;
	}

	public void setMonthlySalesTarget(@Nullable BigDecimal monthlySalesTarget) {
		this.monthlySalesTarget = monthlySalesTarget;
	}

}
