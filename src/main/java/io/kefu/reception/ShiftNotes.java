package io.kefu.reception;

import java.util.List;

import io.kefu.access.Caller;
import io.kefu.customer.BuyerId;
import io.kefu.shop.ShopId;

import org.jspecify.annotations.Nullable;

/**
 * 交接班 notes: agents at the desk and supervisors of the shop write them, read them and
 * mark them taken care of.
 */
public interface ShiftNotes {

	/** The most notes one list holds. */
	int LIST = 200;

	/**
	 * Writes a note on a buyer of the shop, and on one of their conversations when given.
	 * @throws InvalidChatInputException naming the field that is wrong
	 */
	ShiftNote write(Caller caller, ShopId shopId, BuyerId buyerId, @Nullable Long conversationId, String note);

	/** The shop's open notes, oldest first. */
	List<ShiftNote> open(Caller caller, ShopId shopId);

	/** The buyer's notes, open first, then newest first. */
	List<ShiftNote> ofBuyer(Caller caller, ShopId shopId, BuyerId buyerId);

	/**
	 * Marks a note taken care of (a note already done stays as it was).
	 * @throws InvalidChatInputException when the shop has no such note
	 */
	ShiftNote done(Caller caller, ShopId shopId, long noteId);

}
