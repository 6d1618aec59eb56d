package io.kefu.training.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.kefu.access.Caller;
import io.kefu.shop.Shop;
import io.kefu.shop.ShopId;
import io.kefu.shop.Shops;
import io.kefu.staff.Agent;
import io.kefu.staff.AgentId;
import io.kefu.staff.Staff;
import io.kefu.training.Decision;
import io.kefu.training.Enrolment;
import io.kefu.training.HireClass;
import io.kefu.training.Trainee;
import io.kefu.training.TraineeTask;
import io.kefu.training.Trainees;
import io.kefu.training.TrainingSettings;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Trainees over HTTP: the trainer enrols a new agent into a hire class's plan and follows
 * every trainee; the trainee reads their plan and marks their tasks done.
 */
@RestController
class TrainingApi {

	private final Trainees trainees;

	private final Shops shops;

	private final Staff staff;

	private final TrainingSettings.Store settings;

	private final Clock clock;

	TrainingApi(Trainees trainees, Shops shops, Staff staff, TrainingSettings.Store settings, Clock clock) {
		this.trainees = trainees;
		this.shops = shops;
		this.staff = staff;
		this.settings = settings;
		this.clock = clock;
	}

	@GetMapping("/api/v1/shops/{shopId}/settings/training")
	TrainingSettings settings(@PathVariable long shopId, Caller caller) {
		TrainingRoles.requireTrainer(caller, shopId);
		return settings.of(shops.get(ShopId.of(shopId)).id());
	}

	@PutMapping("/api/v1/shops/{shopId}/settings/training")
	TrainingSettings saveSettings(@PathVariable long shopId, @Valid @RequestBody SettingsBody body, Caller caller) {
		TrainingRoles.requireTrainer(caller, shopId);
		return settings.save(shops.get(ShopId.of(shopId)).id(), new TrainingSettings(body.supervisedCap()),
				AgentId.of(caller.agentId()));
	}

	@PostMapping("/api/v1/shops/{shopId}/trainees")
	@ResponseStatus(HttpStatus.CREATED)
	TraineeView enrol(@PathVariable long shopId, @Valid @RequestBody EnrolBody body, Caller caller) {
		TrainingRoles.requireTrainer(caller, shopId);
		Shop shop = shops.get(ShopId.of(shopId));
		Map<String, Agent> byUsername = byUsername(shop.id());
		Agent agent = byUsername.get(body.username());
		if (agent == null) {
			throw new IllegalArgumentException("username: shop " + shopId + " has no agent '" + body.username() + "'");
		}
		AgentId mentor = null;
		if (body.mentor() != null && !body.mentor().isBlank()) {
			Agent named = byUsername.get(body.mentor());
			if (named == null) {
				throw new IllegalArgumentException("mentor: shop " + shopId + " has no agent '" + body.mentor() + "'");
			}
			mentor = named.id();
		}
		Trainee trainee = trainees.enrol(shop.id(),
				new Enrolment(agent.id(), hireClass(body.hireClass()), day(body.start()), mentor));
		return view(trainee);
	}

	@GetMapping("/api/v1/shops/{shopId}/trainees")
	List<TraineeView> list(@PathVariable long shopId, Caller caller) {
		TrainingRoles.requireTrainer(caller, shopId);
		Shop shop = shops.get(ShopId.of(shopId));
		Map<AgentId, Agent> agents = agents(shop.id());
		LocalDate today = shop.businessDay(clock.instant());
		return trainees.inShop(shop.id())
			.stream()
			.map(trainee -> TraineeView.of(trainee, agents, today, trainees.decisions(trainee.id())))
			.toList();
	}

	@GetMapping("/api/v1/trainees/{id}")
	TraineeView trainee(@PathVariable long id, Caller caller) {
		return view(readable(id, caller));
	}

	@PostMapping("/api/v1/trainees/{id}/tasks/{taskId}")
	TraineeView mark(@PathVariable long id, @PathVariable long taskId, @Valid @RequestBody MarkBody body,
			Caller caller) {
		Trainee trainee = readable(id, caller);
		TraineeTask task = trainee.tasks()
			.stream()
			.filter(each -> each.id() == taskId)
			.findFirst()
			.orElseThrow(() -> new TraineeNotFoundException("Trainee " + id + " has no task " + taskId));
		if (!TrainingRoles.marks(caller, trainee, task.kind())) {
			throw new AccessDeniedException("Only the trainer marks a " + task.kind() + " task");
		}
		return view(trainees.mark(id, taskId, body.done(), AgentId.of(caller.agentId()), clock.instant()));
	}

	@PutMapping("/api/v1/trainees/{id}/mentor")
	TraineeView mentor(@PathVariable long id, @RequestBody MentorBody body, Caller caller) {
		Trainee trainee = readable(id, caller);
		TrainingRoles.requireTrainer(caller, trainee.shop().value());
		AgentId mentor = null;
		if (body.mentor() != null && !body.mentor().isBlank()) {
			Agent named = byUsername(trainee.shop()).get(body.mentor());
			if (named == null) {
				throw new IllegalArgumentException("mentor: the shop has no agent '" + body.mentor() + "'");
			}
			mentor = named.id();
		}
		return view(trainees.mentor(id, mentor));
	}

	@PostMapping("/api/v1/trainees/{id}/certification")
	TraineeView decide(@PathVariable long id, @Valid @RequestBody DecisionBody body, Caller caller) {
		Trainee trainee = readable(id, caller);
		TrainingRoles.requireTrainer(caller, trainee.shop().value());
		return view(trainees.decide(id,
				new Decision(decision(body.decision()), body.reason(), AgentId.of(caller.agentId()), clock.instant())));
	}

	static Decision.Kind decision(String value) {
		try {
			return Decision.Kind.valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("decision: CERTIFY, EXTEND or NOT_SUITABLE, not '" + value + "'");
		}
	}

	/**
	 * The trainee, when the caller may read them; another shop's trainee is as unknown as
	 * none.
	 */
	private Trainee readable(long id, Caller caller) {
		Trainee trainee = trainees.find(id)
			.filter(found -> caller.isAdmin() || caller.worksIn(found.shop().value()))
			.orElseThrow(() -> new TraineeNotFoundException("No trainee " + id));
		if (!TrainingRoles.reads(caller, trainee)) {
			throw new AccessDeniedException("Only the trainer, a supervisor, the trainee and their mentor read this");
		}
		return trainee;
	}

	private TraineeView view(Trainee trainee) {
		Shop shop = shops.get(trainee.shop());
		return TraineeView.of(trainee, agents(shop.id()), shop.businessDay(clock.instant()),
				trainees.decisions(trainee.id()));
	}

	private Map<AgentId, Agent> agents(ShopId shop) {
		return staff.inShop(shop).stream().collect(Collectors.toMap(Agent::id, Function.identity(), (a, b) -> a));
	}

	private Map<String, Agent> byUsername(ShopId shop) {
		return staff.inShop(shop)
			.stream()
			.filter(agent -> agent.username() != null)
			.collect(Collectors.toMap(Agent::username, Function.identity(), (a, b) -> a));
	}

	static HireClass hireClass(String value) {
		try {
			return HireClass.valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("hireClass: NOVICE, EXPERIENCED or AFTER_SALES, not '" + value + "'");
		}
	}

	static LocalDate day(String value) {
		try {
			LocalDate day = LocalDate.parse(value.strip());
			if (day.getYear() < 2000 || day.getYear() > 2999) {
				throw new IllegalArgumentException("start: a day of the years 2000–2999, not " + value);
			}
			return day;
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("start: a day as yyyy-MM-dd, not '" + value + "'");
		}
	}

	record EnrolBody(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 20) String hireClass,
			@NotBlank @Size(max = 10) String start, @Size(max = 64) @Nullable String mentor) {
	}

	record MarkBody(@NotNull Boolean done) {
	}

	record SettingsBody(@NotNull Integer supervisedCap) {
	}

	record DecisionBody(@NotBlank @Size(max = 20) String decision,
			@NotBlank @Size(max = Decision.MAX_REASON) String reason) {
	}

	record MentorBody(@Size(max = 64) @Nullable String mentor) {
	}

}
