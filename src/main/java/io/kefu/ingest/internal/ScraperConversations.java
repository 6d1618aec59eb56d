package io.kefu.ingest.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.kefu.ingest.ImportError;
import io.kefu.staff.AgentAccount;

import org.jspecify.annotations.Nullable;

/**
 * Layout C's sides and buyers (FORMATS.md): rows that share a 会话ID are one conversation
 * with one buyer. Scraper tools fill 对象 either with the sender's side (客户/买家/顾客,
 * 客服/卖家/商家) or with the counterpart's nick, the buyer; both readings give the same
 * conversations. The buyer of a conversation is the 发话者 of its buyer-side rows or the
 * nick in 对象; the shop's rows that come before it is known wait for it, and a role word
 * is never taken for a buyer. Without 会话ID the file is one stream whose buyer is the last
 * one who spoke.
 */
final class ScraperConversations {

	/**
	 * Conversations whose buyer is remembered: scraper files list a conversation's rows
	 * together, so the last ten thousand are plenty, and memory stays flat.
	 */
	static final int REMEMBERED = 10_000;

	private static final String SENDER = "发话者";

	private final String file;

	private final Consumer<ChatLine> lines;

	private final Consumer<ImportError> rejected;

	private final Map<String, Conversation> conversations = new LinkedHashMap<>(16, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Conversation> eldest) {
			if (size() <= REMEMBERED) {
				return false;
			}
			eldest.getValue().giveUp();
			return true;
		}
	};

	private int waiting;

	ScraperConversations(String file, Consumer<ChatLine> lines, Consumer<ImportError> rejected) {
		this.file = file;
		this.lines = lines;
		this.rejected = rejected;
	}

	/**
	 * One row: the sender as written in 发话者, the counterpart or side in 对象.
	 * @param conversation the 会话ID, or null when the file has none
	 */
	void accept(@Nullable String conversation, ChatLine row, String peer) {
		ChatLine.Side side = sideOf(row.sender(), peer);
		String buyer = side == ChatLine.Side.BUYER ? row.sender() : ChatRoles.isRoleWord(peer) ? null : peer;
		if (side == ChatLine.Side.BUYER && ChatRoles.isRoleWord(row.sender())) {
			rejected.accept(
					RejectedLine.of(file, row.line(), SENDER, "imports.error.roleWordNotBuyer", row.sender().strip()));
			return;
		}
		Conversation current = conversations.computeIfAbsent(conversation == null ? "" : conversation,
				id -> new Conversation());
		if (buyer != null && !buyer.isEmpty()) {
			current.buyerIs(buyer);
		}
		if (side == ChatLine.Side.BUYER) {
			lines.accept(withSide(row, null, side));
		}
		else if (current.buyer != null) {
			lines.accept(withSide(row, current.buyer, side));
		}
		else {
			current.await(row);
		}
	}

	/** The file ended: the shop's rows of conversations without a buyer stay unplaced. */
	void finish() {
		conversations.values().forEach(Conversation::giveUp);
		conversations.clear();
	}

	/**
	 * The sender's side: the role word in 对象, else whether the sender is 对象 (the
	 * counterpart, so the buyer), else a sub-account or the shop's role word is the shop.
	 */
	private static ChatLine.Side sideOf(String sender, String peer) {
		return ChatRoles.sideOf(peer).orElseGet(() -> {
			if (!peer.isEmpty()) {
				return peer.equals(sender) ? ChatLine.Side.BUYER : ChatLine.Side.SHOP;
			}
			boolean shop = AgentAccount.parse(sender).isPresent()
					|| ChatRoles.sideOf(sender).orElse(ChatLine.Side.BUYER) == ChatLine.Side.SHOP;
			return shop ? ChatLine.Side.SHOP : ChatLine.Side.BUYER;
		});
	}

	private static ChatLine withSide(ChatLine row, @Nullable String receiver, ChatLine.Side side) {
		return new ChatLine(row.line(), row.sender(), receiver, row.sentAt(), row.content(), row.systemLine(), side);
	}

	private ImportError noBuyerYet(ChatLine row) {
		return RejectedLine.of(file, row.line(), SENDER, "imports.error.noBuyerYet");
	}

	/** A conversation's buyer once known, and the shop's rows that wait for it. */
	private final class Conversation {

		private @Nullable String buyer;

		private final List<ChatLine> pending = new ArrayList<>();

		void buyerIs(String nick) {
			buyer = nick;
			for (Iterator<ChatLine> rows = pending.iterator(); rows.hasNext();) {
				lines.accept(withSide(rows.next(), nick, ChatLine.Side.SHOP));
				rows.remove();
				waiting--;
			}
		}

		void await(ChatLine row) {
			if (waiting >= ChatSides.MAX_WAITING) {
				rejected.accept(noBuyerYet(row));
				return;
			}
			pending.add(row);
			waiting++;
		}

		void giveUp() {
			pending.forEach(row -> rejected.accept(noBuyerYet(row)));
			waiting -= pending.size();
			pending.clear();
		}

	}

}
