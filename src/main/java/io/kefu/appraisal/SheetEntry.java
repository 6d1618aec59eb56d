package io.kefu.appraisal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import io.kefu.staff.AgentId;

import org.jspecify.annotations.Nullable;

/**
 * One line of the reward/penalty sheet (奖罚评分表): on a day, an amount in yuan (+ reward, −
 * fine, e.g. the seed's 10 or 30 yuan) and KPI points (e.g. 扣绩效分), with its reason.
 */
public record SheetEntry(long id, AgentId agent, LocalDate day, BigDecimal amount, BigDecimal kpiPoints, String reason,
		@Nullable AgentId enteredBy, Instant enteredAt) {
}
