package io.kefu.order;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

/**
 * The order clerk's list: the remarks agents wrote through Kefu, open until the clerk has
 * handled them. {@link Orders#addRemark} puts them on it.
 */
public interface RemarkTasks {

	Optional<RemarkTask> find(long id);

	/**
	 * The shop's tasks in that status: open ones oldest first, as the clerk works them;
	 * done ones most recently handled first. At most {@code limit}.
	 */
	List<RemarkTask> ofShop(ShopId shopId, RemarkTask.Status status, int limit);

	long countOpen(ShopId shopId);

	/**
	 * @throws UnknownRemarkTaskException when there is no such task
	 * @throws IllegalStateException when it was done already, by anyone
	 */
	RemarkTask markDone(long id, AgentId clerkId, Instant at);

}
