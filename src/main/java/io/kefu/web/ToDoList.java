package io.kefu.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.kefu.access.Caller;
import io.kefu.appraisal.Appraisals;
import io.kefu.appraisal.MonthStatus;
import io.kefu.followup.FollowupKind;
import io.kefu.followup.FollowupQuery;
import io.kefu.followup.Followups;
import io.kefu.order.RemarkTasks;
import io.kefu.quality.Disputes;
import io.kefu.quality.Reviews;
import io.kefu.shop.Shop;
import io.kefu.staff.AgentId;
import io.kefu.training.TraineeStatus;
import io.kefu.training.Trainees;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What waits for the caller in a shop, counted through each module's API: the home page
 * lists it and links each line to the page where it is worked; the lists themselves are
 * on those pages (the daily start, the follow-ups, the clerk's list, quality).
 */
@Component
class ToDoList {

	private static final Set<FollowupKind> DUE = Set.of(FollowupKind.PAYMENT_REMINDER, FollowupKind.INQUIRY,
			FollowupKind.REVIEW_REMINDER, FollowupKind.AFTER_SALES_VISIT);

	private final Followups followups;

	private final RemarkTasks remarkTasks;

	private final Reviews reviews;

	private final Trainees trainees;

	private final Appraisals appraisals;

	private final Clock clock;

	ToDoList(Followups followups, RemarkTasks remarkTasks, Reviews reviews, Trainees trainees, Appraisals appraisals,
			Clock clock) {
		this.followups = followups;
		this.remarkTasks = remarkTasks;
		this.reviews = reviews;
		this.trainees = trainees;
		this.appraisals = appraisals;
		this.clock = clock;
	}

	List<ToDo> of(Caller caller, Shop shop) {
		Instant now = clock.instant();
		LocalDate today = shop.businessDay(now);
		List<ToDo> list = new ArrayList<>();
		for (ToDo.Kind kind : ToDo.Kind.of(caller)) {
			list.add(switch (kind) {
				case OFFLINE_MESSAGES ->
					new ToDo(kind, open(caller, shop, null).getOrDefault(FollowupKind.OFFLINE_MESSAGE, 0L),
							"/followups?kind=" + FollowupKind.OFFLINE_MESSAGE);
				case FOLLOWUPS_DUE -> new ToDo(kind,
						open(caller, shop, now).entrySet()
							.stream()
							.filter(entry -> DUE.contains(entry.getKey()))
							.mapToLong(Map.Entry::getValue)
							.sum(),
						"/today");
				case REMARK_TASKS -> new ToDo(kind, remarkTasks.countOpen(shop.id()), "/remark-tasks");
				case DISPUTES -> disputes(caller, shop, today);
				case TRAINEES_BEHIND -> new ToDo(kind,
						trainees.inShop(shop.id())
							.stream()
							.filter(trainee -> trainee.status() == TraineeStatus.IN_TRAINING)
							.filter(trainee -> !trainee.behind(today).isEmpty())
							.count(),
						"/training");
				case APPRAISALS_TO_APPROVE -> submitted(shop, YearMonth.from(today));
			});
		}
		return list;
	}

	private Map<FollowupKind, Long> open(Caller caller, Shop shop, @Nullable Instant dueBy) {
		return followups.countOpen(FollowupQuery.ofShop(shop.id()).workedBy(caller), dueBy);
	}

	private ToDo disputes(Caller caller, Shop shop, LocalDate today) {
		Disputes waiting = reviews.disputesWaiting(shop.id(),
				caller.supervises() ? null : AgentId.of(caller.agentId()));
		LocalDate from = waiting.oldestDay() == null ? today.withDayOfMonth(1) : waiting.oldestDay();
		return new ToDo(ToDo.Kind.DISPUTES, waiting.waiting(),
				"/quality?disputed=true&from=" + from + "&to=" + (from.isAfter(today) ? from : today));
	}

	/** Last month's or this month's appraisal, whichever waits for the owner. */
	private ToDo submitted(Shop shop, YearMonth month) {
		for (YearMonth each : List.of(month.minusMonths(1), month)) {
			if (appraisals.status(shop.id(), each) == MonthStatus.SUBMITTED) {
				return new ToDo(ToDo.Kind.APPRAISALS_TO_APPROVE, 1, "/appraisals?month=" + each);
			}
		}
		return new ToDo(ToDo.Kind.APPRAISALS_TO_APPROVE, 0, "/appraisals");
	}

}
