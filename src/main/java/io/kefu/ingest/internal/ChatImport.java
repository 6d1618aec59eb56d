package io.kefu.ingest.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import io.kefu.customer.BuyerId;
import io.kefu.customer.Buyers;
import io.kefu.ingest.ImportError;
import io.kefu.ingest.ImportKind;
import io.kefu.reception.Messages;
import io.kefu.reception.NewMessage;
import io.kefu.shop.Shop;
import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;
import io.kefu.staff.Staff;

import org.springframework.stereotype.Component;

/**
 * Imports a chat record of any layout: decides the sides, creates the buyers and the
 * sub-accounts' agents on first sight, and stores the messages under keys that make
 * overlapping exports add nothing twice.
 */
@Component
class ChatImport {

	private static final int BATCH = 1000;

	private final Buyers buyers;

	private final Staff staff;

	private final Messages messages;

	ChatImport(Buyers buyers, Staff staff, Messages messages) {
		this.buyers = buyers;
		this.staff = staff;
		this.messages = messages;
	}

	void run(Shop shop, Path file, ImportKind kind, ImportTally tally) throws IOException {
		List<KeyedMessage> batch = new ArrayList<>();
		ReadAhead.<KeyedMessage>run((messages, rejected) -> read(file, kind, shop.name(), messages, rejected),
				KeyedMessage::characters, message -> {
					tally.read();
					batch.add(message);
					if (batch.size() == BATCH) {
						store(shop, batch, tally);
						batch.clear();
					}
				}, line -> {
					tally.read();
					tally.reject(line);
				});
		store(shop, batch, tally);
	}

	/**
	 * Runs on the reading thread: the sides and the keys follow the file's order, so they
	 * are decided there, the hashing of the keys included. A message that live chat would
	 * refuse (a control character, more than its length) is rejected here too.
	 */
	private static void read(Path file, ImportKind kind, String shopName, Consumer<KeyedMessage> messages,
			Consumer<ImportError> rejected) throws IOException {
		String name = file.getFileName().toString();
		MessageKeys keys = new MessageKeys();
		ChatSides sides = new ChatSides(name, shopName,
				new ChatSides.AutoReplies(ChatSides.AutoReplies.DEFAULT_MARKER, Set.of()),
				message -> ChatMessageCheck.problem(name, message)
					.ifPresentOrElse(rejected, () -> messages.accept(new KeyedMessage(message, keys.keyOf(message)))),
				rejected);
		if (kind == ImportKind.CHAT_CSV) {
			ScraperChatCsv.read(file, sides, rejected);
		}
		else {
			try (BufferedReader reader = TextEncoding.of(file).open(file)) {
				if (kind == ImportKind.CHAT_QIANNIU) {
					QianniuClipboardChat.read(reader, sides);
				}
				else {
					WebHistoryChat.read(reader, sides);
				}
			}
		}
		sides.finish();
	}

	/** A message and the key that recognises it in a later, overlapping export. */
	private record KeyedMessage(ChatMessage message, String key) {

		long characters() {
			return message.content().length() + message.buyerNick().length() + key.length();
		}

	}

	private void store(Shop shop, List<KeyedMessage> batch, ImportTally tally) {
		if (batch.isEmpty()) {
			return;
		}
		long shopId = shop.id().value();
		Map<String, Instant> firstSeen = new HashMap<>();
		batch.forEach(keyed -> firstSeen.merge(keyed.message().buyerNick(),
				ExportedOrders.instant(keyed.message().sentAt(), shop), (a, b) -> a.isBefore(b) ? a : b));
		Map<String, BuyerId> buyerIds = buyers.recogniseAll(ShopId.of(shopId), firstSeen);
		Map<String, AgentId> agentIds = staff.recogniseNicknames(ShopId.of(shopId),
				batch.stream()
					.map(KeyedMessage::message)
					.filter(message -> message.agent() != null)
					.map(message -> message.agent().nickname())
					.collect(Collectors.toSet()));
		Set<LocalDate> days = new HashSet<>();
		List<NewMessage> stored = batch.stream().map(keyed -> {
			ChatMessage message = keyed.message();
			Instant sentAt = ExportedOrders.instant(message.sentAt(), shop);
			days.add(shop.businessDay(sentAt));
			AgentId agentId = message.agent() == null ? null : agentIds.get(message.agent().nickname());
			return new NewMessage(ShopId.of(shopId), buyerIds.get(message.buyerNick()), message.direction(),
					message.kind(), agentId, sentAt, message.content(), keyed.key());
		}).toList();
		int inserted = messages.append(stored);
		if (inserted > 0) {
			// which of the batch were new is not known, so all its days count as touched
			days.forEach(tally::messageDay);
		}
		tally.inserted(inserted);
		tally.unchanged(stored.size() - inserted);
	}

}
