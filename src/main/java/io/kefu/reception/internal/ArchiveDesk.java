package io.kefu.reception.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import io.kefu.access.Caller;
import io.kefu.customer.Buyers;
import io.kefu.customer.PersonalText;
import io.kefu.reception.Archive;
import io.kefu.reception.ArchiveHit;
import io.kefu.reception.ArchiveQuery;
import io.kefu.reception.ArchiveResult;
import io.kefu.reception.ArchivedConversation;
import io.kefu.reception.ArchivedMessage;
import io.kefu.reception.Conversation;
import io.kefu.reception.ConversationId;
import io.kefu.reception.ConversationNotFoundException;
import io.kefu.reception.Direction;
import io.kefu.reception.InvalidChatInputException;
import io.kefu.reception.MessageKind;
import io.kefu.reception.RuleHitMessages;
import io.kefu.order.OrderedBuyers;
import io.kefu.reception.internal.ArchiveIndex.Filter;
import io.kefu.reception.internal.ArchiveIndex.Found;
import io.kefu.shop.Shop;
import io.kefu.shop.ShopId;
import io.kefu.shop.Shops;
import io.kefu.staff.Agent;
import io.kefu.staff.Staff;

import org.apache.lucene.search.Query;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The archive as people use it: searches answered from the index and shown from the
 * database (so a message shows as stored now, masked), conversations opened whole,
 * exports streamed.
 */
@Service
class ArchiveDesk implements Archive {

	/** The most messages one conversation shows. */
	static final int CONVERSATION_MESSAGES = 5_000;

	private static final String MESSAGE = """
			select m.id, m.conversation_id, t.buyer_id, b.nick, m.direction, m.kind, m.agent_id, m.sent_at, m.content
			from message m join thread t on t.id = m.thread_id join buyer b on b.id = t.buyer_id
			""";

	private final ArchiveFeed feed;

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final Conversations conversations;

	private final Summaries summaries;

	private final Shops shops;

	private final Staff staff;

	private final Buyers buyers;

	private final ChatRetention retention;

	private final OrderedBuyers orderedBuyers;

	private final ObjectProvider<RuleHitMessages> ruleHits;

	ArchiveDesk(ArchiveFeed feed, JdbcClient jdbc, JdbcTemplate template, Conversations conversations,
			Summaries summaries, Shops shops, Staff staff, Buyers buyers, ChatRetention retention,
			OrderedBuyers orderedBuyers, ObjectProvider<RuleHitMessages> ruleHits) {
		this.feed = feed;
		this.jdbc = jdbc;
		this.template = template;
		this.conversations = conversations;
		this.summaries = summaries;
		this.shops = shops;
		this.staff = staff;
		this.buyers = buyers;
		this.retention = retention;
		this.orderedBuyers = orderedBuyers;
		this.ruleHits = ruleHits;
	}

	@Override
	public ArchiveResult search(Caller caller, ShopId shopId, ArchiveQuery query) {
		ChatAccess.requireReaderOf(caller, shopId.value());
		Shop shop = shop(shopId);
		List<String> words = ArchiveText.words(query.words());
		Filter filter = filter(shop, query, words);
		if (filter == null) {
			return new ArchiveResult(0, query.page(), ArchiveQuery.PAGE_SIZE, List.of(), feed.behind());
		}
		int offset = (query.page() - 1) * ArchiveQuery.PAGE_SIZE;
		Found found = feed.index().search(filter, offset, ArchiveQuery.PAGE_SIZE);
		Map<Long, String> agents = agents(shopId, Agent::displayName);
		Map<Long, ArchivedMessage> shown = messages(shopId, found.ids(), agents, Map.of());
		List<ArchiveHit> hits = new ArrayList<>();
		for (long id : found.ids()) {
			ArchivedMessage m = shown.get(id);
			if (m != null) {
				ArchiveText.Snippet snippet = ArchiveText.snippet(PersonalText.mask(m.content()), words);
				hits.add(new ArchiveHit(m.conversationId(), m.buyerId(), m.buyerNick(), m.agentId(), m.agentName(),
						shop.businessDay(m.sentAt()), m.id(), m.sentAt(), m.direction(), snippet.text(),
						snippet.cutBefore(), snippet.cutAfter(), snippet.highlights()));
			}
		}
		return new ArchiveResult(found.total(), query.page(), ArchiveQuery.PAGE_SIZE, hits, feed.behind());
	}

	/**
	 * What the index is asked; null when nothing can match (a buyer the shop does not
	 * know, words without a single term, a rule or an order filter that finds nothing).
	 */
	private @Nullable Filter filter(Shop shop, ArchiveQuery query, List<String> words) {
		Query text = null;
		if (!words.isEmpty()) {
			text = ArchiveText.query(words);
			if (text == null) {
				return null;
			}
		}
		Long buyerId = query.buyerId();
		if (query.buyerNick() != null && !query.buyerNick().isBlank()) {
			var buyer = buyers.findByNick(shop.id(), query.buyerNick().strip());
			if (buyer.isEmpty() || (buyerId != null && buyerId != buyer.get().id().value())) {
				return null;
			}
			buyerId = buyer.get().id().value();
		}
		long[] ordered = null;
		if (query.orderStatus() != null || query.productId() != null) {
			ordered = orderedBuyers.of(shop.id(), query.orderStatus(), query.productId());
			if (ordered.length == 0) {
				return null;
			}
		}
		long[] hit = null;
		if (query.rule() != null) {
			RuleHitMessages rules = ruleHits.getIfAvailable();
			if (rules == null || !rules.rules().contains(query.rule())) {
				throw new InvalidChatInputException("rule", "names no inspection rule: " + query.rule());
			}
			hit = rules.of(shop.id(), query.rule());
			if (hit.length == 0) {
				return null;
			}
		}
		return new Filter(shop.id().value(), text, query.agentId(), buyerId, epochDay(query.from()),
				epochDay(query.to()), ordered, hit);
	}

	private static @Nullable Integer epochDay(@Nullable LocalDate day) {
		return day == null ? null : Math.toIntExact(day.toEpochDay());
	}

	@Override
	public ArchivedConversation conversation(Caller caller, ShopId shopId, ConversationId id, boolean unmasked) {
		ChatAccess.requireReaderOf(caller, shopId.value());
		Conversation conversation = conversations.find(id.value())
			.filter(c -> c.shopId() == shopId.value())
			.orElseThrow(() -> new ConversationNotFoundException(id.value()));
		if (unmasked) {
			disclose(caller, shopId, "conversation " + id.value());
		}
		Shop shop = shop(shopId);
		Map<Long, String> names = agents(shopId, Agent::displayName);
		UnaryOperator<String> mask = unmasked ? UnaryOperator.identity() : PersonalText::mask;
		List<ArchivedMessage> messages = jdbc
			.sql(MESSAGE + "where m.conversation_id = ? and m.shop_id = ? order by m.sent_at, m.id limit "
					+ CONVERSATION_MESSAGES)
			.params(id.value(), shopId.value())
			.query((rs, row) -> map(rs, names, Map.of(), mask))
			.list();
		Origin origin = jdbc.sql("select origin, business_day from conversation where id = ?")
			.param(id.value())
			.query((rs, row) -> new Origin("IMPORTED".equals(rs.getString(1)), rs.getObject(2, LocalDate.class)))
			.single();
		LocalDate day = origin.day() != null ? origin.day() : shop.businessDay(conversation.openedAt());
		return new ArchivedConversation(summaries.of(shopId.value(), List.of(conversation)).get(0), day,
				origin.imported(), messages);
	}

	private record Origin(boolean imported, @Nullable LocalDate day) {
	}

	@Override
	public int export(Caller caller, ShopId shopId, ArchiveQuery query, boolean unmasked,
			Consumer<ArchivedMessage> each) {
		caller.requireSupervisorOf(shopId.value());
		Shop shop = shop(shopId);
		Filter filter = filter(shop, query, ArchiveText.words(query.words()));
		if (filter == null) {
			return 0;
		}
		Set<Long> found = feed.index().conversations(filter, EXPORT_CONVERSATIONS);
		if (found.size() > EXPORT_CONVERSATIONS) {
			throw new InvalidChatInputException("q", "finds messages in more than " + EXPORT_CONVERSATIONS
					+ " conversations: narrow the search (days, agent, buyer) and export again");
		}
		if (unmasked) {
			disclose(caller, shopId,
					"export q=" + query.words() + " agent=" + query.agentId() + " buyer="
							+ (query.buyerId() != null ? query.buyerId() : query.buyerNick()) + " from=" + query.from()
							+ " to=" + query.to());
		}
		Map<Long, String> names = new HashMap<>();
		Map<Long, String> nicknames = new HashMap<>();
		for (Agent agent : staff.inShop(shopId)) {
			names.put(agent.id().value(), agent.displayName());
			nicknames.put(agent.id().value(), agent.nickname() == null ? "" : agent.nickname());
		}
		UnaryOperator<String> mask = unmasked ? UnaryOperator.identity() : PersonalText::mask;
		int[] given = { 0 };
		template.query(connection -> {
			PreparedStatement statement = connection.prepareStatement(MESSAGE
					+ " join conversation c on c.id = m.conversation_id where m.conversation_id = any(?) and m.shop_id = ?"
					+ " order by c.opened_at, c.id, m.sent_at, m.id");
			statement.setFetchSize(5_000);
			statement.setArray(1, connection.createArrayOf("bigint", found.toArray()));
			statement.setLong(2, shopId.value());
			return statement;
		}, (ResultSet rs) -> {
			each.accept(map(rs, names, nicknames, mask));
			given[0]++;
		});
		return given[0];
	}

	@Override
	public void rebuild(Caller caller, ShopId shopId) {
		caller.requireSupervisorOf(shopId.value());
		shop(shopId);
		feed.rebuild(shopId.value());
	}

	@Override
	public @Nullable Integer keepMonths(Caller caller, ShopId shopId) {
		ChatAccess.requireReaderOf(caller, shopId.value());
		return jdbc.sql("select keep_months from archive_settings where shop_id = ?")
			.param(shopId.value())
			.query((rs, row) -> rs.getObject(1, Integer.class))
			.optional()
			.orElse(null);
	}

	@Override
	public void keepMonths(Caller caller, ShopId shopId, @Nullable Integer months) {
		caller.requireSupervisorOf(shopId.value());
		if (months != null && (months < 1 || months > 120)) {
			throw new InvalidChatInputException("keepMonths", "is 1 to 120 months, or null to keep everything");
		}
		jdbc.sql("insert into archive_settings (shop_id, keep_months) values (?, ?)"
				+ " on conflict (shop_id) do update set keep_months = excluded.keep_months")
			.params(shopId.value(), months)
			.update();
	}

	@Override
	public void applyRetention() {
		retention.sweep();
	}

	@Override
	public void catchUp() {
		feed.catchUp();
	}

	private void disclose(Caller caller, ShopId shopId, String what) {
		caller.requireSupervisorOf(shopId.value());
		jdbc.sql("insert into archive_disclosure (shop_id, agent_id, what) values (?, ?, ?)")
			.params(shopId.value(), caller.isAdmin() ? null : caller.agentId(), what)
			.update();
	}

	private Map<Long, ArchivedMessage> messages(ShopId shopId, List<Long> ids, Map<Long, String> names,
			Map<Long, String> nicknames) {
		Map<Long, ArchivedMessage> shown = new HashMap<>();
		jdbc.sql(MESSAGE + "where m.id = any(?) and m.shop_id = ?")
			.params(ids.toArray(Long[]::new), shopId.value())
			.query(rs -> {
				ArchivedMessage message = map(rs, names, nicknames, UnaryOperator.identity());
				shown.put(message.id(), message);
			});
		return shown;
	}

	private static ArchivedMessage map(ResultSet rs, Map<Long, String> names, Map<Long, String> nicknames,
			UnaryOperator<String> mask) throws SQLException {
		Long agent = rs.getObject("agent_id", Long.class);
		return new ArchivedMessage(rs.getLong("id"), rs.getLong("conversation_id"), rs.getLong("buyer_id"),
				rs.getString("nick"), Direction.valueOf(rs.getString("direction")),
				MessageKind.valueOf(rs.getString("kind")), agent, agent == null ? null : names.get(agent),
				agent == null ? null : nicknames.get(agent), rs.getObject("sent_at", OffsetDateTime.class).toInstant(),
				mask.apply(rs.getString("content")));
	}

	private Map<Long, String> agents(ShopId shopId, java.util.function.Function<Agent, String> name) {
		Map<Long, String> names = new HashMap<>();
		staff.inShop(shopId).forEach(agent -> names.put(agent.id().value(), name.apply(agent)));
		return names;
	}

	private Shop shop(ShopId shopId) {
		return shops.get(shopId);
	}

}
