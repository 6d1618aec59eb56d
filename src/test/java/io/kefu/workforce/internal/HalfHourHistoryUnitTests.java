package io.kefu.workforce.internal;

import java.util.ArrayList;
import java.util.List;

import io.kefu.analytics.StoredReception;

import org.junit.jupiter.api.Test;

import static io.kefu.workforce.internal.Chats.SHANGHAI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class HalfHourHistoryUnitTests {

	private static final int TEN = 20;

	private static List<StoredReception> chatsAtTen(String day, int count) {
		List<StoredReception> chats = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			chats.add(Chats.on(day, 1 + i).run("10:05", "10:06", "10:07").reception());
		}
		return chats;
	}

	@Test
	void arrivalsAreTheMeanOfTheSameWeekdayWithHistory() {
		List<HalfHourHistory.Slot> slots = HalfHourHistory
			.of(List.of(chatsAtTen("2026-11-30", 4), chatsAtTen("2026-11-23", 2), List.of()), SHANGHAI, 1);

		// the day without any reception is a day without history, not a quiet day
		assertThat(slots).hasSize(48);
		assertThat(slots.get(TEN).arrivals()).isEqualTo(3.0);
		assertThat(slots.get(TEN + 1).arrivals()).isZero();
		assertThat(slots.get(TEN - 1).arrivals()).isZero();
	}

	@Test
	void aPromotionDayMultipliesTheArrivals() {
		List<HalfHourHistory.Slot> slots = HalfHourHistory
			.of(List.of(chatsAtTen("2026-11-30", 4), chatsAtTen("2026-11-23", 2)), SHANGHAI, 5);

		assertThat(slots.get(TEN).arrivals()).isEqualTo(15.0);
		assertThat(slots.get(TEN).handlingSeconds()).as("handling is not uplifted").isEqualTo(120.0);
	}

	@Test
	void noHistoryForecastsNothing() {
		List<HalfHourHistory.Slot> slots = HalfHourHistory.of(List.of(List.of(), List.of()), SHANGHAI, 5);

		assertThat(slots).allSatisfy(slot -> {
			assertThat(slot.arrivals()).isZero();
			assertThat(slot.handlingSeconds()).isZero();
			assertThat(slot.concurrency()).isEqualTo(1.0);
		});
	}

	@Test
	void handlingAddsTheStretchesOfConversationAndSkipsTheSilences() {
		// 10:00–10:04, then the buyer comes back at 14:00 until the agent's last word at
		// 14:03: 7 minutes of handling, not four hours
		StoredReception chat = Chats.on("2026-11-30", 1)
			.run("10:00", "10:01", "10:02")
			.reply("10:04")
			.run("14:00", "14:00", "14:01")
			.reply("14:03")
			.reception();

		List<HalfHourHistory.Slot> slots = HalfHourHistory.of(List.of(List.of(chat)), SHANGHAI, 1);

		assertThat(HalfHourHistory.stretches(chat)).hasSize(2);
		assertThat(slots.get(TEN).handlingSeconds()).isEqualTo(420.0);
		assertThat(slots.get(28).arrivals()).as("arrivals count where the reception starts").isZero();
	}

	@Test
	void concurrencyIsChatTimeOverBusyTime() {
		// agent 1 holds two chats over the same ten minutes, agent 2 one chat: 30 minutes
		// of
		// chat over 20 minutes of being busy
		StoredReception first = Chats.on("2026-11-30", 1).run("10:00", "10:05", "10:10").reception();
		StoredReception second = Chats.on("2026-11-30", 1).run("10:00", "10:02", "10:10").reception();
		StoredReception alone = Chats.on("2026-11-30", 2).run("10:10", "10:15", "10:20").reception();

		List<HalfHourHistory.Slot> slots = HalfHourHistory.of(List.of(List.of(first, second, alone)), SHANGHAI, 1);

		assertThat(slots.get(TEN).concurrency()).isCloseTo(1.5, within(1e-9));
		assertThat(slots.get(TEN + 1).concurrency()).isEqualTo(1.0);
	}

	@Test
	void aChatAcrossTheHalfHourCountsInBoth() {
		StoredReception chat = Chats.on("2026-11-30", 1).run("10:20", "10:35", "10:40").reception();
		StoredReception other = Chats.on("2026-11-30", 1).run("10:25", "10:35", "10:40").reception();

		List<HalfHourHistory.Slot> slots = HalfHourHistory.of(List.of(List.of(chat, other)), SHANGHAI, 1);

		// 10:20–10:30: 10 + 5 chat minutes over 10 busy; 10:30–10:40: 10 + 10 over 10
		assertThat(slots.get(TEN).concurrency()).isCloseTo(1.5, within(1e-9));
		assertThat(slots.get(TEN + 1).concurrency()).isCloseTo(2.0, within(1e-9));
		assertThat(slots.get(TEN).arrivals()).isEqualTo(2.0);
	}

}
