package io.kefu.demo.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

import io.kefu.order.Flag;
import io.kefu.order.Remark;
import io.kefu.shop.Sku;

import org.jspecify.annotations.Nullable;

/**
 * One buyer's consultation while it is being written: who receives them, which lamp and
 * SKU they are after, where they live, and the promises the agent made that must go into
 * the order's remark.
 */
final class Consultation {

	final Transcript transcript;

	final RandomGenerator random;

	final Lamp lamp;

	final Destinations.Destination destination;

	final @Nullable String campaign;

	final @Nullable String campaignScript;

	private Responder agent;

	private Sku sku;

	private final List<Promise> promises = new ArrayList<>();

	Consultation(Transcript transcript, RandomGenerator random, Responder agent, Lamp lamp,
			Destinations.Destination destination, DemoKnowledge.@Nullable Campaign campaign) {
		this.transcript = transcript;
		this.random = random;
		this.agent = agent;
		this.lamp = lamp;
		this.sku = lamp.anySku(random);
		this.destination = destination;
		this.campaign = campaign == null ? null : campaign.name();
		this.campaignScript = campaign == null ? null : campaign.script();
	}

	Responder agent() {
		return agent;
	}

	Sku sku() {
		return sku;
	}

	void switchTo(Sku other) {
		sku = other;
	}

	void buyer(String text) {
		transcript.buyer(text);
	}

	void answer(String text) {
		transcript.agent(agent, text);
	}

	/** The agent hands the buyer over with a system line; the other agent goes on. */
	void transferTo(Responder other) {
		transcript.system(agent, "客服" + agent.name() + "将会话转交给" + other.name());
		agent = other;
	}

	/** What the agent promised or the buyer asked for, to be written on the order. */
	void remark(String what, Flag flag) {
		promises.add(new Promise(agent, what, flag, transcript.now()));
	}

	/**
	 * The promises as remarks on the order created at {@code createdAt}: a remark needs
	 * its order, so one promised before the order exists is written a minute after it.
	 */
	List<Remark> remarks(Instant createdAt) {
		Instant first = createdAt.plusSeconds(60);
		return promises.stream().map(promise -> {
			Instant at = promise.at().isBefore(first) ? first : promise.at();
			return RemarkForm.write(promise.agent().id(), promise.agent().name(), promise.what(), promise.flag(), at,
					transcript.zone());
		}).toList();
	}

	private record Promise(Responder agent, String what, Flag flag, Instant at) {
	}

}
