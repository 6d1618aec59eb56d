package io.kefu.reception;

import java.util.List;

import io.kefu.access.Caller;
import io.kefu.customer.BuyerId;
import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

/**
 * The reception desk around the conversations: agents' presence, the supervisor's live
 * view, offline messages and the chat settings. Every method checks the caller.
 */
public interface ReceptionFloor {

	/** The caller's own seat in their shop. */
	AgentSeat seat(Caller caller);

	/**
	 * Sets the caller's presence. Going away hands their unanswered buyers back to the
	 * queue; going offline hands back every open conversation; coming online drains the
	 * queue.
	 */
	AgentSeat changePresence(Caller caller, Presence presence);

	/**
	 * The seats of the shop's agents with a skill group, for agents choosing whom to
	 * transfer to.
	 */
	List<AgentSeat> seats(Caller caller, ShopId shopId);

	/** Supervisors: who is at the desk, their load, the queue and the longest wait. */
	LiveFloor live(Caller caller, ShopId shopId);

	/** Offline messages (留言) of the caller's shop not yet handled, oldest first. */
	List<OfflineMessage> offlineMessages(Caller caller);

	OfflineMessage markHandled(Caller caller, long offlineMessageId);

	ChatSettings settings(Caller caller, ShopId shopId);

	/** Supervisors change their shop's chat settings. */
	ChatSettings changeSettings(Caller caller, ShopId shopId, ChatSettings settings);

}
