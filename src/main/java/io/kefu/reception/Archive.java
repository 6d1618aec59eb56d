package io.kefu.reception;

import java.util.function.Consumer;

import io.kefu.access.Caller;
import io.kefu.shop.ShopId;

import org.jspecify.annotations.Nullable;

/**
 * 聊天记录: every conversation of a shop, live and imported, searchable in Chinese. Agents at
 * the desk, supervisors and trainers of the shop read it; buyers' phones and addresses
 * are masked, except for a supervisor who asks for them (each such reading is logged).
 */
public interface Archive {

	ArchiveResult search(Caller caller, ShopId shop, ArchiveQuery query);

	/** A conversation of the shop with every message, for reading or export. */
	ArchivedConversation conversation(Caller caller, ShopId shop, ConversationId id, boolean unmasked);

	/**
	 * The conversations that hold a message the search finds, whole, oldest first: for
	 * exports; supervisors only. Refused when they are more than
	 * {@link #EXPORT_CONVERSATIONS}.
	 * @return how many messages were given
	 */
	int export(Caller caller, ShopId shop, ArchiveQuery query, boolean unmasked, Consumer<ArchivedMessage> each);

	/** The most conversations one export holds. */
	int EXPORT_CONVERSATIONS = 5_000;

	/**
	 * Indexes the shop's stored messages again from the database; supervisors only. The
	 * shop's search finds nothing until done.
	 */
	void rebuild(Caller caller, ShopId shop);

	/** How many months of chat records the shop keeps (保留期限); null: all of them. */
	@Nullable Integer keepMonths(Caller caller, ShopId shop);

	/**
	 * Sets how many months the shop keeps (1–120), or null to keep all; a supervisor's.
	 * Older messages are deleted within the hour.
	 */
	void keepMonths(Caller caller, ShopId shop, @Nullable Integer months);

	/** Deletes what the shops' retention no longer keeps now (done hourly besides). */
	void applyRetention();

	/** Makes what is stored now searchable before returning. */
	void catchUp();

}
