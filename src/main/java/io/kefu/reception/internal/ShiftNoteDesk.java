package io.kefu.reception.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import io.kefu.access.Caller;
import io.kefu.customer.BuyerId;
import io.kefu.reception.InvalidChatInputException;
import io.kefu.reception.ShiftNote;
import io.kefu.reception.ShiftNotes;
import io.kefu.shop.ShopId;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The shift notes (交接), kept in {@code shift_note}. */
@Service
@Transactional(readOnly = true)
class ShiftNoteDesk implements ShiftNotes {

	private static final String SELECT = """
			select n.id, n.buyer_id, b.nick, n.conversation_id, a.display_name as author, n.note, n.written_at,
			d.display_name as done_by, n.done_at
			from shift_note n join buyer b on b.id = n.buyer_id
			left join agent a on a.id = n.author_id left join agent d on d.id = n.done_by
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	ShiftNoteDesk(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional
	public ShiftNote write(Caller caller, ShopId shopId, BuyerId buyerId, @Nullable Long conversationId, String note) {
		ChatAccess.requireDeskOf(caller, shopId.value());
		String text = note == null ? "" : note.strip();
		if (text.isEmpty() || text.length() > 1000) {
			throw new InvalidChatInputException("note", "is 1 to 1000 characters");
		}
		boolean buyerOfShop = jdbc.sql("select exists (select 1 from buyer where id = ? and shop_id = ?)")
			.params(buyerId.value(), shopId.value())
			.query(Boolean.class)
			.single();
		if (!buyerOfShop) {
			throw new InvalidChatInputException("buyerId", "names no buyer of the shop: " + buyerId);
		}
		if (conversationId != null
				&& !jdbc.sql("select exists (select 1 from conversation where id = ? and shop_id = ? and buyer_id = ?)")
					.params(conversationId, shopId.value(), buyerId.value())
					.query(Boolean.class)
					.single()) {
			throw new InvalidChatInputException("conversationId",
					"names no conversation of this buyer: " + conversationId);
		}
		long id = jdbc.sql("""
				insert into shift_note (shop_id, buyer_id, conversation_id, author_id, note, written_at)
				values (?, ?, ?, ?, ?, ?) returning id
				""")
			.params(shopId.value(), buyerId.value(), conversationId, caller.isAdmin() ? null : caller.agentId(), text,
					Timestamp.from(clock.instant()))
			.query(Long.class)
			.single();
		return find(shopId, id);
	}

	@Override
	public List<ShiftNote> open(Caller caller, ShopId shopId) {
		ChatAccess.requireDeskOf(caller, shopId.value());
		return jdbc.sql(SELECT + "where n.shop_id = ? and n.done_at is null order by n.written_at, n.id limit " + LIST)
			.param(shopId.value())
			.query(ShiftNoteDesk::map)
			.list();
	}

	@Override
	public List<ShiftNote> ofBuyer(Caller caller, ShopId shopId, BuyerId buyerId) {
		ChatAccess.requireDeskOf(caller, shopId.value());
		return jdbc
			.sql(SELECT + "where n.shop_id = ? and n.buyer_id = ?"
					+ " order by (n.done_at is null) desc, n.written_at desc, n.id desc limit " + LIST)
			.params(shopId.value(), buyerId.value())
			.query(ShiftNoteDesk::map)
			.list();
	}

	@Override
	@Transactional
	public ShiftNote done(Caller caller, ShopId shopId, long noteId) {
		ChatAccess.requireDeskOf(caller, shopId.value());
		int marked = jdbc.sql("""
				update shift_note set done_by = ?, done_at = ? where id = ? and shop_id = ? and done_at is null
				""")
			.params(caller.isAdmin() ? null : caller.agentId(), Timestamp.from(clock.instant()), noteId, shopId.value())
			.update();
		if (marked == 0 && !exists(shopId, noteId)) {
			throw new InvalidChatInputException("noteId", "names no shift note of the shop: " + noteId);
		}
		return find(shopId, noteId);
	}

	private boolean exists(ShopId shopId, long noteId) {
		return jdbc.sql("select exists (select 1 from shift_note where id = ? and shop_id = ?)")
			.params(noteId, shopId.value())
			.query(Boolean.class)
			.single();
	}

	private ShiftNote find(ShopId shopId, long id) {
		return jdbc.sql(SELECT + "where n.id = ? and n.shop_id = ?")
			.params(id, shopId.value())
			.query(ShiftNoteDesk::map)
			.single();
	}

	private static ShiftNote map(ResultSet rs, int row) throws SQLException {
		return new ShiftNote(rs.getLong("id"), rs.getLong("buyer_id"), rs.getString("nick"),
				rs.getObject("conversation_id", Long.class), rs.getString("author"), rs.getString("note"),
				instant(rs, "written_at"), rs.getString("done_by"), instant(rs, "done_at"));
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
		return at == null ? null : at.toInstant();
	}

}
