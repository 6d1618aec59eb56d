package io.kefu.analytics.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;

import io.kefu.analytics.JudgeRule;
import io.kefu.order.Flag;
import io.kefu.order.Order;
import io.kefu.shop.Shop;

import org.jspecify.annotations.Nullable;

/**
 * Credits orders to agents (落实, DOMAIN.md "Inquiries and conversion"). For a moment
 * {@code t}, a reception of the order's buyer is eligible when its first buyer message is
 * before {@code t}, the agent sent a human message before {@code t}, and {@code t}'s
 * business day is within the reception's validity; the eligible reception whose latest
 * human message before {@code t} is the latest wins (聊天时间判定).
 */
final class OrderCrediting {

	private static final Comparator<Candidate> LATEST_CHAT = Comparator.comparing(Candidate::latestChat)
		.thenComparing(candidate -> candidate.reception().day())
		.thenComparing(candidate -> -candidate.reception().agent());

	private final Shop shop;

	private final int validityDays;

	private final Set<Flag> excludedFlags;

	OrderCrediting(Shop shop, int validityDays, Set<Flag> excludedFlags) {
		this.shop = shop;
		this.validityDays = validityDays;
		this.excludedFlags = Set.copyOf(excludedFlags);
	}

	/**
	 * @param buyerReceptions receptions of the order's buyer (others are ignored);
	 * filtered receptions must not be given
	 */
	Credit credit(long orderId, Order order, JudgeRule rule, Collection<ChatTrail> buyerReceptions) {
		if (order.flag() != null && excludedFlags.contains(order.flag())) {
			return Credit.silent(orderId, rule);
		}
		Optional<Candidate> winner = switch (rule) {
			case ORDER -> winnerAt(order.createdAt(), order, buyerReceptions);
			case PAYMENT ->
				order.paidAt() == null ? Optional.empty() : winnerAt(order.paidAt(), order, buyerReceptions);
			case ORDER_FIRST -> winnerAt(order.createdAt(), order, buyerReceptions)
				.or(() -> order.paidAt() == null ? Optional.empty() : winnerAt(order.paidAt(), order, buyerReceptions));
		};
		return winner
			.map(candidate -> new Credit(orderId, rule, candidate.reception().agent(), candidate.reception().day(),
					candidate.judgedAt()))
			.orElseGet(() -> Credit.silent(orderId, rule));
	}

	private Optional<Candidate> winnerAt(Instant moment, Order order, Collection<ChatTrail> receptions) {
		LocalDate day = shop.businessDay(moment);
		return receptions.stream()
			.filter(reception -> reception.buyerId() == order.buyerId().value())
			.filter(reception -> reception.firstInAt().isBefore(moment))
			.filter(reception -> !day.isBefore(reception.day())
					&& !day.isAfter(reception.day().plusDays(validityDays - 1)))
			.map(reception -> candidate(reception, moment))
			.filter(candidate -> candidate != null)
			.max(LATEST_CHAT);
	}

	private static @Nullable Candidate candidate(ChatTrail reception, Instant moment) {
		return reception.latestHumanMessageBefore(moment)
			.map(latest -> new Candidate(reception, latest, moment))
			.orElse(null);
	}

	private record Candidate(ChatTrail reception, Instant latestChat, Instant judgedAt) {
	}

}
