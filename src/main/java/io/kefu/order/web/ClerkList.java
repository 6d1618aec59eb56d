package io.kefu.order.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.kefu.customer.Buyers;
import io.kefu.order.RemarkTask;
import io.kefu.order.RemarkTasks;
import io.kefu.shop.ShopId;
import io.kefu.staff.Agent;
import io.kefu.staff.AgentId;
import io.kefu.staff.Staff;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The order clerk's list with names: buyers' nicks and the names of the agents who wrote
 * and handled each remark, read once for the whole list.
 */
@Component
class ClerkList {

	/**
	 * More than a clerk works through in a day; older done remarks stay on their orders.
	 */
	static final int LIMIT = 500;

	private final RemarkTasks tasks;

	private final Buyers buyers;

	private final Staff staff;

	ClerkList(RemarkTasks tasks, Buyers buyers, Staff staff) {
		this.tasks = tasks;
		this.buyers = buyers;
		this.staff = staff;
	}

	List<RemarkTaskView> of(long shopId, RemarkTask.Status status) {
		return views(ShopId.of(shopId), tasks.ofShop(ShopId.of(shopId), status, LIMIT));
	}

	RemarkTaskView of(RemarkTask task) {
		return views(task.shopId(), List.of(task)).get(0);
	}

	private List<RemarkTaskView> views(ShopId shopId, List<RemarkTask> list) {
		Map<Long, String> nicks = buyers.nicks(shopId,
				list.stream().map(task -> task.buyerId().value()).collect(Collectors.toSet()));
		Map<AgentId, String> names = names(shopId,
				list.stream()
					.flatMap(task -> Stream.of(task.remark().agentId(), task.handledBy()))
					.filter(Objects::nonNull)
					.collect(Collectors.toSet()));
		return list.stream()
			.map(task -> RemarkTaskView.of(task, nicks.get(task.buyerId().value()),
					nameOf(names, task.remark().agentId()), nameOf(names, task.handledBy())))
			.toList();
	}

	/**
	 * The shop's own agents in one read; a supervisor granted the shop from another is
	 * looked up alone.
	 */
	private Map<AgentId, String> names(ShopId shopId, Set<AgentId> agentIds) {
		Map<AgentId, String> names = new HashMap<>();
		if (agentIds.isEmpty()) {
			return names;
		}
		staff.inShop(shopId).forEach(agent -> names.put(agent.id(), agent.displayName()));
		agentIds.stream()
			.filter(id -> !names.containsKey(id))
			.forEach(id -> staff.find(id).map(Agent::displayName).ifPresent(name -> names.put(id, name)));
		return names;
	}

	private static @Nullable String nameOf(Map<AgentId, String> names, @Nullable AgentId agentId) {
		return agentId == null ? null : names.get(agentId);
	}

}
