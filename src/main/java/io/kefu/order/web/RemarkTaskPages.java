package io.kefu.order.web;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.function.BiFunction;

import io.kefu.access.Caller;
import io.kefu.order.RemarkRejected;
import io.kefu.order.RemarkTask;
import io.kefu.order.RemarkTasks;
import io.kefu.shop.Shop;
import io.kefu.shop.ShopId;
import io.kefu.shop.Shops;
import io.kefu.staff.AgentId;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The order clerk's list (打单备注): the remarks agents wrote, read before printing and
 * marked done, or refused with the reason, one by one. Without JavaScript the button
 * posts the form and the list comes back; with htmx only the row is replaced.
 */
@Controller
class RemarkTaskPages {

	static final String VIEW = "orders/remark-tasks";

	private final RemarkTasks tasks;

	private final ClerkList clerkList;

	private final Shops shops;

	private final Clock clock;

	RemarkTaskPages(RemarkTasks tasks, ClerkList clerkList, Shops shops, Clock clock) {
		this.tasks = tasks;
		this.clerkList = clerkList;
		this.shops = shops;
		this.clock = clock;
	}

	@GetMapping("/shops/{shopId}/remark-tasks")
	String list(@PathVariable long shopId, @RequestParam(defaultValue = "OPEN") RemarkTask.Status status, Caller caller,
			Model model) {
		RemarkRoles.requireClerk(caller, shopId);
		Shop shop = shops.get(ShopId.of(shopId));
		model.addAttribute("status", status);
		model.addAttribute("statuses", RemarkTask.Status.values());
		model.addAttribute("openCount", tasks.countOpen(ShopId.of(shopId)));
		model.addAttribute("rows", rows(clerkList.of(shopId, status), shop.timeZone()));
		return VIEW;
	}

	@PostMapping("/shops/{shopId}/remark-tasks/{taskId}/done")
	String done(@PathVariable long shopId, @PathVariable long taskId,
			@RequestParam(defaultValue = "OPEN") RemarkTask.Status status,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Caller caller, Model model,
			RedirectAttributes redirect) {
		return handle(shopId, taskId, status, htmx, caller, model, redirect,
				(task, clerk) -> tasks.markDone(task, clerk, clock.instant()), "markedDone");
	}

	/**
	 * The clerk could not do it (已打单, 缺货 …) and says why; a blank reason is asked for
	 * again.
	 */
	@PostMapping("/shops/{shopId}/remark-tasks/{taskId}/refused")
	String refused(@PathVariable long shopId, @PathVariable long taskId,
			@RequestParam(defaultValue = "OPEN") RemarkTask.Status status,
			@RequestParam(required = false) @Nullable String reason,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Caller caller, Model model,
			RedirectAttributes redirect) {
		try {
			return handle(shopId, taskId, status, htmx, caller, model, redirect,
					(task, clerk) -> tasks.refuse(task, clerk, reason, clock.instant()), "refused");
		}
		catch (RemarkRejected ex) {
			RemarkTask task = taskOf(shopId, taskId);
			if (htmx != null) {
				model.addAttribute("refusalMissing", true);
				return row(shopId, task, status, model);
			}
			redirect.addFlashAttribute("refusalMissing", task.orderNo().value());
			return "redirect:/shops/" + shopId + "/remark-tasks?status=" + status;
		}
	}

	private String handle(long shopId, long taskId, RemarkTask.Status status, @Nullable String htmx, Caller caller,
			Model model, RedirectAttributes redirect, BiFunction<Long, AgentId, RemarkTask> transition, String notice) {
		RemarkRoles.requireClerk(caller, shopId);
		RemarkTask task = taskOf(shopId, taskId);
		boolean alreadyDone = !task.isOpen();
		if (!alreadyDone) {
			try {
				task = transition.apply(taskId, AgentId.of(caller.agentId()));
			}
			catch (IllegalStateException ex) {
				// another clerk pressed first; the list shows who
				alreadyDone = true;
				task = taskOf(shopId, taskId);
			}
		}
		if (htmx != null) {
			return row(shopId, task, status, model);
		}
		redirect.addFlashAttribute(alreadyDone ? "alreadyDone" : notice, task.orderNo().value());
		return "redirect:/shops/" + shopId + "/remark-tasks?status=" + status;
	}

	private String row(long shopId, RemarkTask task, RemarkTask.Status status, Model model) {
		ZoneId zone = shops.get(ShopId.of(shopId)).timeZone();
		model.addAttribute("row", ClerkListRow.of(clerkList.of(task), zone));
		model.addAttribute("status", status);
		return "orders/fragments :: remarkRow";
	}

	private RemarkTask taskOf(long shopId, long taskId) {
		return tasks.find(taskId)
			.filter(found -> found.shopId().value() == shopId)
			.orElseThrow(() -> new RemarkTaskNotFoundException(shopId, taskId));
	}

	private static List<ClerkListRow> rows(List<RemarkTaskView> views, ZoneId zone) {
		return views.stream().map(view -> ClerkListRow.of(view, zone)).toList();
	}

}
