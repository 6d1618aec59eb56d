package io.kefu.order;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

import org.jspecify.annotations.Nullable;

/**
 * The order clerk's list: the remarks agents wrote through Kefu, open until the clerk has
 * handled them (done or refused). {@link Orders#addRemark} puts them on it.
 */
public interface RemarkTasks {

	Optional<RemarkTask> find(long id);

	/**
	 * The shop's tasks in that status: open ones oldest first, as the clerk works them;
	 * done and refused ones most recently handled first. At most {@code limit}.
	 */
	List<RemarkTask> ofShop(ShopId shopId, RemarkTask.Status status, int limit);

	/**
	 * The tasks of these orders, oldest first: the change requests the buyer panel shows
	 * with their outcome.
	 */
	List<RemarkTask> ofOrders(Collection<OrderId> orderIds);

	long countOpen(ShopId shopId);

	/**
	 * @throws UnknownRemarkTaskException when there is no such task
	 * @throws IllegalStateException when it was done already, by anyone
	 */
	RemarkTask markDone(long id, AgentId clerkId, Instant at);

	/**
	 * The clerk could not do it and says why.
	 * @throws UnknownRemarkTaskException when there is no such task
	 * @throws RemarkRejected naming {@code reason} when the reason is blank, too long or
	 * not one line
	 * @throws IllegalStateException when it was handled already, by anyone
	 */
	RemarkTask refuse(long id, AgentId clerkId, @Nullable String reason, Instant at);

}
