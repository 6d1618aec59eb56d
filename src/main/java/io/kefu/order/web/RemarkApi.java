package io.kefu.order.web;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import io.kefu.access.Caller;
import io.kefu.order.CancelRefused;
import io.kefu.order.Flag;
import io.kefu.order.Order;
import io.kefu.order.OrderId;
import io.kefu.order.Orders;
import io.kefu.order.RemarkKind;
import io.kefu.order.RemarkRejected;
import io.kefu.order.RemarkTask;
import io.kefu.order.RemarkTasks;
import io.kefu.order.UnknownOrderException;
import io.kefu.order.UnknownRemarkTaskException;
import io.kefu.shop.Shop;
import io.kefu.shop.Shops;
import io.kefu.staff.AgentId;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Agents remark orders; the order clerk works through the remarks. */
@RestController
class RemarkApi {

	private final Orders orders;

	private final RemarkTasks tasks;

	private final ClerkList clerkList;

	private final Shops shops;

	private final Clock clock;

	RemarkApi(Orders orders, RemarkTasks tasks, ClerkList clerkList, Shops shops, Clock clock) {
		this.orders = orders;
		this.tasks = tasks;
		this.clerkList = clerkList;
		this.shops = shops;
		this.clock = clock;
	}

	/**
	 * Writes a remark in the house form {@code 客服名 要求/承诺 日期} (the caller's name, the
	 * request, today in the shop's time zone), makes its flag the order's and puts it on
	 * the order clerk's list. Agents and supervisors of the order's shop; answers 201
	 * with the remark as the clerk's list shows it.
	 */
	@PostMapping("/api/v1/orders/{orderId}/remarks")
	ResponseEntity<RemarkTaskView> remark(@PathVariable long orderId, @RequestBody RemarkRequest body, Caller caller) {
		Order order = orderOf(orderId, caller);
		RemarkRoles.requireWriter(caller, order.shopId().value());
		Shop shop = shops.get(order.shopId());
		Instant now = clock.instant();
		RemarkRequest.Accepted accepted = body.accept(caller.displayName(), now.atZone(shop.timeZone()).toLocalDate());
		RemarkTask task = orders.addRemark(order.id(), AgentId.of(caller.agentId()), accepted.form(), accepted.flag(),
				accepted.kind(), now);
		return ResponseEntity.created(URI.create("/api/v1/remark-tasks/" + task.id())).body(clerkList.of(task));
	}

	/**
	 * The kinds of request an agent may start a remark from, with the seed's wording and
	 * the flag used when none is chosen.
	 */
	@GetMapping("/api/v1/remark-kinds")
	List<KindView> kinds() {
		return Stream.of(RemarkKind.values())
			.map(kind -> new KindView(kind, kind.wording(), kind.suggestedFlag()))
			.toList();
	}

	/**
	 * The order clerk's list: open remarks oldest first, or done ones most recently
	 * handled first. Order clerks and supervisors of the shop.
	 */
	@GetMapping("/api/v1/shops/{shopId}/remark-tasks")
	List<RemarkTaskView> clerkList(@PathVariable long shopId,
			@RequestParam(defaultValue = "OPEN") RemarkTask.Status status, Caller caller) {
		RemarkRoles.requireClerk(caller, shopId);
		return clerkList.of(shopId, status);
	}

	@GetMapping("/api/v1/remark-tasks/{id}")
	RemarkTaskView task(@PathVariable long id, Caller caller) {
		RemarkTask task = taskOf(id, caller);
		RemarkRoles.requireOrderReader(caller, task.shopId().value());
		return clerkList.of(task);
	}

	/**
	 * The clerk has read the remark and acted on it. Order clerks and supervisors of the
	 * shop; 409 when it was done already.
	 */
	@PostMapping("/api/v1/remark-tasks/{id}/done")
	RemarkTaskView done(@PathVariable long id, Caller caller) {
		RemarkTask task = taskOf(id, caller);
		RemarkRoles.requireClerk(caller, task.shopId().value());
		return clerkList.of(tasks.markDone(id, AgentId.of(caller.agentId()), clock.instant()));
	}

	/**
	 * The clerk could not do what the remark asks and says why ({@code {"reason":
	 * "已打单"}}); the agent reads it in the buyer panel. Order clerks and supervisors of
	 * the shop; 400 naming {@code reason} when it is blank, 409 when the task was handled
	 * already.
	 */
	@PostMapping("/api/v1/remark-tasks/{id}/refused")
	RemarkTaskView refused(@PathVariable long id, @RequestBody(required = false) @Nullable RefusalRequest body,
			Caller caller) {
		RemarkTask task = taskOf(id, caller);
		RemarkRoles.requireClerk(caller, task.shopId().value());
		try {
			return clerkList.of(tasks.refuse(id, AgentId.of(caller.agentId()), body == null ? null : body.reason(),
					clock.instant()));
		}
		catch (RemarkRejected ex) {
			throw new InvalidRemarkRequest(List.of(new InvalidRemarkRequest.FieldProblem(ex.field(), ex.reason())));
		}
	}

	/**
	 * A cancel-before-print request for an order the clerk cannot void: 409 with
	 * {@code voidability} (NOT_PAID, PRINTED, CLOSED).
	 */
	@ExceptionHandler(CancelRefused.class)
	ProblemDetail cannotVoid(CancelRefused ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
		problem.setProperty("voidability", ex.voidability());
		return problem;
	}

	@ExceptionHandler(InvalidRemarkRequest.class)
	ProblemDetail invalid(InvalidRemarkRequest ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Some fields are invalid");
		problem.setProperty("errors",
				ex.problems().stream().map(p -> Map.of("field", p.field(), "reason", p.reason())).toList());
		return problem;
	}

	/** The order or task was deleted while the request ran. */
	@ExceptionHandler({ UnknownOrderException.class, UnknownRemarkTaskException.class })
	ProblemDetail gone(RuntimeException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler(IllegalStateException.class)
	ProblemDetail conflict(IllegalStateException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
	}

	/**
	 * The order, when it is of a shop the caller works in: another shop's is not found.
	 */
	private Order orderOf(long orderId, Caller caller) {
		return (orderId > 0 ? orders.find(OrderId.of(orderId)) : Optional.<Order>empty())
			.filter(order -> caller.worksIn(order.shopId().value()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no order " + orderId));
	}

	/**
	 * The task, when it is of a shop the caller works in: another shop's is not found.
	 */
	private RemarkTask taskOf(long id, Caller caller) {
		return tasks.find(id)
			.filter(task -> caller.worksIn(task.shopId().value()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no remark task " + id));
	}

	record KindView(RemarkKind kind, String wording, Flag flag) {
	}

	record RefusalRequest(@Nullable String reason) {
	}

}
