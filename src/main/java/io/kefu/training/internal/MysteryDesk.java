package io.kefu.training.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import io.kefu.customer.BuyerId;
import io.kefu.quality.InspectionRules;
import io.kefu.quality.Inspector;
import io.kefu.reception.ChatMessage;
import io.kefu.reception.DirectedChat;
import io.kefu.reception.Direction;
import io.kefu.shop.Product;
import io.kefu.shop.Products;
import io.kefu.shop.Shops;
import io.kefu.shop.Sku;
import io.kefu.staff.AgentId;
import io.kefu.training.MysteryReport;
import io.kefu.training.MysterySession;
import io.kefu.training.MysterySessions;
import io.kefu.training.Persona;
import io.kefu.training.Personas;
import io.kefu.training.TaskKind;
import io.kefu.training.Trainee;
import io.kefu.training.TraineeStatus;
import io.kefu.training.TraineeTask;
import io.kefu.training.Trainees;
import io.kefu.training.TrainingStateException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs mystery shopper sessions: the buyer is a {@link DirectedChat} buyer directed to
 * the trainee, so the conversation reaches them like any other, certified or not.
 */
@Service
@Transactional
class MysteryDesk implements MysterySessions {

	/** What the buyer calls the product when the shop has no catalogue yet. */
	static final String ANY_PRODUCT = "你们家这款宝贝";

	private final MysteryStore store;

	private final DirectedChat chat;

	private final Trainees trainees;

	private final Products products;

	private final Shops shops;

	private final InspectionRules rules;

	private final Clock clock;

	MysteryDesk(MysteryStore store, DirectedChat chat, Trainees trainees, Products products, Shops shops,
			InspectionRules rules, Clock clock) {
		this.store = store;
		this.chat = chat;
		this.trainees = trainees;
		this.products = products;
		this.shops = shops;
		this.rules = rules;
		this.clock = clock;
	}

	@Override
	public MysterySession start(Trainee trainee, Persona persona, MysterySession.Mode mode, AgentId by) {
		store.lockTrainee(trainee.id());
		// read again under the lock: a decision may have ended the training meanwhile
		TraineeStatus status = trainees.find(trainee.id()).map(Trainee::status).orElse(trainee.status());
		if (status != TraineeStatus.IN_TRAINING) {
			throw new TrainingStateException("The training of trainee " + trainee.id() + " has ended");
		}
		if (store.runningOfTrainee(trainee.id())) {
			throw new TrainingStateException("A mystery shopper session of trainee " + trainee.id() + " is running");
		}
		Drawn drawn = draw(trainee, persona);
		Instant now = clock.instant();
		BuyerId buyer = chat.startBuyer(trainee.shop(), persona.nickname(), trainee.agent());
		Persona.Turn opening = persona.opening();
		long id = store.insert(new MysterySession(0, trainee.shop(), trainee.id(), trainee.agent(), persona.code(),
				mode, drawn.product(), drawn.sku(), buyer, opening.node(), 0, false, MysterySession.Status.RUNNING, by,
				now, null, null));
		if (mode == MysterySession.Mode.AUTO) {
			chat.send(trainee.shop(), buyer, opening.lineFor(drawn.product(), drawn.sku()), persona.skillGroup());
		}
		return store.find(id).orElseThrow();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<MysterySession> find(long id) {
		return store.find(id);
	}

	@Override
	@Transactional(readOnly = true)
	public List<MysterySession> ofTrainee(long traineeId) {
		return store.ofTrainee(traineeId);
	}

	@Override
	public ChatMessage buyerSays(long id, String content) {
		MysterySession session = store.lock(id).orElseThrow(() -> new IllegalArgumentException("No session " + id));
		if (!session.running() || session.mode() != MysterySession.Mode.MANUAL) {
			throw new TrainingStateException("Session " + id + " is " + session.status() + " and " + session.mode()
					+ ": the trainer writes only in a running manual session");
		}
		return chat.send(session.shop(), session.buyer(), content, persona(session).skillGroup());
	}

	@Override
	public void answer(long id) {
		Optional<MysterySession> locked = store.lock(id);
		if (locked.isEmpty()) {
			return;
		}
		MysterySession session = locked.get();
		if (!session.running() || session.mode() != MysterySession.Mode.AUTO || session.scriptEnded()) {
			return;
		}
		String reply = unanswered(transcript(session));
		if (reply.isEmpty()) {
			return;
		}
		Persona persona = persona(session);
		Persona.Turn turn = persona.answer(session.node(), session.turns(), reply);
		chat.send(session.shop(), session.buyer(), turn.lineFor(session.product(), session.sku()),
				persona.skillGroup());
		store.advance(id, turn.node(), turn.turns(), turn.ended());
	}

	@Override
	public MysterySession end(long id, AgentId by) {
		MysterySession session = store.lock(id).orElseThrow(() -> new IllegalArgumentException("No session " + id));
		if (!session.running()) {
			throw new TrainingStateException("Session " + id + " has ended already");
		}
		Instant now = clock.instant();
		store.end(id, now);
		chat.close(session.shop(), session.buyer());
		MysterySession ended = store.find(id).orElseThrow();
		tickIfRated(ended, by, now);
		return ended;
	}

	@Override
	public MysterySession rate(long id, MysterySession.Rubric rubric) {
		store.lock(id).orElseThrow(() -> new IllegalArgumentException("No session " + id));
		store.rate(id, rubric);
		MysterySession rated = store.find(id).orElseThrow();
		if (rubric.by() != null) {
			tickIfRated(rated, rubric.by(), clock.instant());
		}
		return rated;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ChatMessage> transcript(MysterySession session) {
		return chat.transcript(session.shop(), session.buyer(), null).messages();
	}

	@Override
	@Transactional(readOnly = true)
	public MysteryReport report(MysterySession session) {
		Inspector inspector = Inspector.of(rules.of(session.shop()));
		// only the trainee's own replies are scored: a mentor or supervisor who took the
		// buyer over, or a colleague the buyer was transferred to, does not pass the test
		// for them
		List<ChatMessage> own = transcript(session).stream()
			.filter(message -> message.direction() == Direction.IN || !message.kind().isHuman()
					|| (message.agentId() != null && message.agentId() == session.agent().value()))
			.toList();
		return MysteryReport.of(own, inspector, shops.get(session.shop()).timeZone(), session.rubric());
	}

	/**
	 * A finished session with a rubric ticks the trainee's first open mystery-shopper
	 * task, once, as the trainer's.
	 */
	private void tickIfRated(MysterySession session, AgentId by, Instant at) {
		if (session.running() || session.rubric() == null) {
			return;
		}
		Optional<Trainee> trainee = trainees.find(session.traineeId());
		if (trainee.isEmpty() || trainee.get().status() != TraineeStatus.IN_TRAINING) {
			return;
		}
		Optional<TraineeTask> open = trainee.get()
			.tasks()
			.stream()
			.filter(task -> task.kind() == TaskKind.MYSTERY_SHOPPER && !task.done())
			.min(Comparator.comparingInt(TraineeTask::day).thenComparingLong(TraineeTask::id));
		if (open.isPresent() && store.tickOnce(session.id())) {
			trainees.mark(trainee.get().id(), open.get().id(), true, by, at);
		}
	}

	/** The trainee's replies since the buyer last wrote, one text; empty when none. */
	static String unanswered(List<ChatMessage> messages) {
		List<String> replies = new ArrayList<>();
		for (ChatMessage message : messages) {
			if (message.direction() == Direction.IN) {
				replies.clear();
			}
			else if (message.kind().isHuman() && message.agentId() != null) {
				replies.add(message.content());
			}
		}
		return String.join("\n", replies);
	}

	private static Persona persona(MysterySession session) {
		return Personas.byCode(session.persona())
			.orElseThrow(() -> new IllegalStateException("Unknown persona " + session.persona()));
	}

	/**
	 * The product the buyer asks about: for the out-of-stock buyer a listed product with
	 * a SKU out of stock if there is one, else a listed product drawn at random, else any
	 * product.
	 */
	private Drawn draw(Trainee trainee, Persona persona) {
		List<Product> catalogue = products.inShop(trainee.shop());
		if (persona.code().equals(Personas.OUT_OF_STOCK.code())) {
			for (Product product : catalogue) {
				for (Sku sku : product.skus()) {
					if (product.listed() && sku.stock() == 0) {
						return new Drawn(product.title(), sku.spec());
					}
				}
			}
		}
		List<Product> listed = catalogue.stream().filter(Product::listed).toList();
		List<Product> pool = listed.isEmpty() ? catalogue : listed;
		Optional<Product> any = pool.isEmpty() ? Optional.empty()
				: Optional.of(pool.get(ThreadLocalRandom.current().nextInt(pool.size())));
		return any
			.map(product -> new Drawn(product.title(), product.skus().isEmpty() ? "" : product.skus().get(0).spec()))
			.orElse(new Drawn(ANY_PRODUCT, ""));
	}

	private record Drawn(String product, String sku) {
	}

}
