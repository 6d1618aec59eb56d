package io.kefu.training.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.kefu.access.Caller;
import io.kefu.customer.Buyers;
import io.kefu.quality.Inspections;
import io.kefu.quality.StoredInspection;
import io.kefu.shop.Shop;
import io.kefu.shop.ShopId;
import io.kefu.shop.Shops;
import io.kefu.staff.Agent;
import io.kefu.staff.AgentId;
import io.kefu.staff.Certification;
import io.kefu.staff.Staff;
import io.kefu.training.Decision;
import io.kefu.training.Enrolment;
import io.kefu.training.HireClass;
import io.kefu.training.MysterySessions;
import io.kefu.training.Personas;
import io.kefu.training.Trainee;
import io.kefu.training.TraineeTask;
import io.kefu.training.Trainees;
import io.kefu.training.TrainingSettings;
import io.kefu.training.TrainingStateException;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The training pages: the trainer's progress of every trainee with the enrolment form,
 * and each trainee's plan day by day, where the trainee marks their tasks and the trainer
 * theirs. A trainee who opens the training page lands on their own plan.
 */
@Controller
class TrainingPages {

	private final Trainees trainees;

	private final Shops shops;

	private final Staff staff;

	private final TrainingSettings.Store settings;

	private final MysterySessions mysterySessions;

	private final Clock clock;

	private final Inspections inspections;

	private final Buyers buyers;

	TrainingPages(Trainees trainees, Shops shops, Staff staff, TrainingSettings.Store settings,
			MysterySessions mysterySessions, Clock clock, Inspections inspections, Buyers buyers) {
		this.trainees = trainees;
		this.mysterySessions = mysterySessions;
		this.shops = shops;
		this.staff = staff;
		this.settings = settings;
		this.clock = clock;
		this.inspections = inspections;
		this.buyers = buyers;
	}

	@GetMapping("/shops/{shopId}/training")
	String progress(@PathVariable long shopId, Caller caller, Model model) {
		caller.requireShop(shopId);
		Shop shop = shops.get(ShopId.of(shopId));
		if (!TrainingRoles.trains(caller, shopId)) {
			return trainees.ofAgent(AgentId.of(caller.agentId()))
				.filter(own -> own.shop().equals(shop.id()))
				.or(() -> firstMentee(shop.id(), caller))
				.map(own -> "redirect:/shops/" + shopId + "/training/trainees/" + own.id())
				.orElseThrow(() -> new AccessDeniedException(
						"Only the trainer, supervisors, trainees and their mentors train here"));
		}
		List<Agent> people = staff.inShop(shop.id());
		List<Trainee> all = trainees.inShop(shop.id());
		model.addAttribute("today", shop.businessDay(clock.instant()));
		model.addAttribute("trainees", all);
		model.addAttribute("agents", byId(people));
		model.addAttribute("enrollable",
				people.stream()
					.filter(agent -> agent.certification() == Certification.TRAINEE && agent.enabled()
							&& agent.username() != null
							&& all.stream().noneMatch(t -> t.agent().equals(agent.id()) && !t.status().ended()))
					.toList());
		model.addAttribute("mentors", mentors(people));
		model.addAttribute("hireClasses", HireClass.values());
		model.addAttribute("settings", settings.of(shop.id()));
		model.addAttribute("maxSupervisedCap", TrainingSettings.MAX_SUPERVISED_CAP);
		return "training/progress";
	}

	@PostMapping("/shops/{shopId}/training/settings")
	String saveSettings(@PathVariable long shopId, @RequestParam String supervisedCap, Caller caller,
			RedirectAttributes redirect) {
		TrainingRoles.requireTrainer(caller, shopId);
		try {
			settings.save(ShopId.of(shopId), new TrainingSettings(Integer.parseInt(supervisedCap.strip())),
					AgentId.of(caller.agentId()));
			redirect.addFlashAttribute("done", "training.settings.saved");
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("problem", "training.settings.invalid");
		}
		return "redirect:/shops/" + shopId + "/training#settings";
	}

	/** A mentor lands on the plan of the first agent in training they mentor. */
	private Optional<Trainee> firstMentee(ShopId shop, Caller caller) {
		return trainees.inShop(shop)
			.stream()
			.filter(trainee -> !trainee.status().ended() && trainee.mentor() != null
					&& trainee.mentor().value() == caller.agentId())
			.findFirst();
	}

	@PostMapping("/shops/{shopId}/training/trainees")
	String enrol(@PathVariable long shopId, @RequestParam long agent, @RequestParam String hireClass,
			@RequestParam String start, @RequestParam(required = false) @Nullable Long mentor, Caller caller,
			RedirectAttributes redirect) {
		TrainingRoles.requireTrainer(caller, shopId);
		try {
			Trainee trainee = trainees.enrol(ShopId.of(shopId),
					new Enrolment(AgentId.of(agent), TrainingApi.hireClass(hireClass), TrainingApi.day(start),
							mentor == null ? null : AgentId.of(mentor)));
			redirect.addFlashAttribute("done", "training.enrolled");
			return "redirect:/shops/" + shopId + "/training/trainees/" + trainee.id();
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("problem", "training.enrol.invalid");
		}
		catch (TrainingStateException ex) {
			redirect.addFlashAttribute("problem", "training.enrol.already");
		}
		return "redirect:/shops/" + shopId + "/training";
	}

	@GetMapping("/shops/{shopId}/training/trainees/{id}")
	String trainee(@PathVariable long shopId, @PathVariable long id, Caller caller, Model model) {
		Trainee trainee = readable(shopId, id, caller);
		Shop shop = shops.get(trainee.shop());
		LocalDate today = shop.businessDay(clock.instant());
		List<Agent> people = staff.inShop(shop.id());
		model.addAttribute("trainee", trainee);
		model.addAttribute("view", TraineeView.of(trainee, byId(people), today, trainees.decisions(trainee.id())));
		model.addAttribute("decisions", Decision.Kind.values());
		model.addAttribute("agents", byId(people));
		model.addAttribute("today", today);
		model.addAttribute("trains", TrainingRoles.trains(caller, shopId));
		model.addAttribute("own", caller.agentId() == trainee.agent().value());
		model.addAttribute("mentors", mentors(people));
		model.addAttribute("settings", settings.of(trainee.shop()));
		boolean trains = TrainingRoles.trains(caller, shopId);
		if (trains && !trainee.status().ended()) {
			model.addAttribute("receptions", receptions(trainee, today));
		}
		model.addAttribute("mysterySessions", trains ? mysterySessions.ofTrainee(id) : List.of());
		model.addAttribute("personas", Personas.all());
		return "training/trainee";
	}

	@PostMapping("/shops/{shopId}/training/trainees/{id}/tasks/{taskId}")
	String mark(@PathVariable long shopId, @PathVariable long id, @PathVariable long taskId, @RequestParam boolean done,
			Caller caller, RedirectAttributes redirect) {
		Trainee trainee = readable(shopId, id, caller);
		TraineeTask task = trainee.tasks()
			.stream()
			.filter(each -> each.id() == taskId)
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such task"));
		if (!TrainingRoles.marks(caller, trainee, task.kind())) {
			throw new AccessDeniedException("Only the trainer marks a " + task.kind() + " task");
		}
		try {
			trainees.mark(id, taskId, done, AgentId.of(caller.agentId()), clock.instant());
		}
		catch (TrainingStateException ex) {
			redirect.addFlashAttribute("problem", "training.ended");
		}
		return "redirect:/shops/" + shopId + "/training/trainees/" + id + "#day-" + task.day();
	}

	@PostMapping("/shops/{shopId}/training/trainees/{id}/mentor")
	String mentor(@PathVariable long shopId, @PathVariable long id,
			@RequestParam(required = false) @Nullable Long mentor, Caller caller, RedirectAttributes redirect) {
		readable(shopId, id, caller);
		TrainingRoles.requireTrainer(caller, shopId);
		try {
			trainees.mentor(id, mentor == null ? null : AgentId.of(mentor));
			redirect.addFlashAttribute("done", "training.mentor.saved");
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("problem", "training.mentor.invalid");
		}
		catch (TrainingStateException ex) {
			redirect.addFlashAttribute("problem", "training.ended");
		}
		return "redirect:/shops/" + shopId + "/training/trainees/" + id;
	}

	@PostMapping("/shops/{shopId}/training/trainees/{id}/certification")
	String decide(@PathVariable long shopId, @PathVariable long id, @RequestParam String decision,
			@RequestParam String reason, Caller caller, RedirectAttributes redirect) {
		readable(shopId, id, caller);
		TrainingRoles.requireTrainer(caller, shopId);
		try {
			Decision.Kind kind = TrainingApi.decision(decision);
			trainees.decide(id, new Decision(kind, reason, AgentId.of(caller.agentId()), clock.instant()));
			redirect.addFlashAttribute("done", "training.decided." + kind.name());
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("problem", "training.decision.invalid");
		}
		catch (TrainingStateException ex) {
			redirect.addFlashAttribute("problem", "training.ended");
		}
		return "redirect:/shops/" + shopId + "/training/trainees/" + id;
	}

	/**
	 * The trainee's latest receptions since the start of the training, for the trainer to
	 * review (培训人员查看聊天记录并指导).
	 */
	private List<TraineeReception> receptions(Trainee trainee, LocalDate today) {
		if (trainee.start().isAfter(today)) {
			return List.of();
		}
		LocalDate earliest = today.minusDays(TraineeReception.LOOK_BACK_DAYS);
		LocalDate from = trainee.start().isBefore(earliest) ? earliest : trainee.start();
		List<StoredInspection> inspected = inspections.between(trainee.shop(), from, today, trainee.agent());
		Map<Long, String> nicks = buyers.nicks(trainee.shop(),
				inspected.stream().map(inspection -> inspection.reception().buyerId().value()).distinct().toList());
		return TraineeReception.latest(inspected, nicks);
	}

	/** The shop's trainee, when the caller may read them; another shop's is unknown. */
	private Trainee readable(long shopId, long id, Caller caller) {
		caller.requireShop(shopId);
		Trainee trainee = trainees.find(id)
			.filter(found -> found.shop().value() == shopId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No trainee " + id));
		if (!TrainingRoles.reads(caller, trainee)) {
			throw new AccessDeniedException("Only the trainer, a supervisor, the trainee and their mentor read this");
		}
		return trainee;
	}

	/** Certified, enabled agents who serve buyers: who may mentor. */
	private static List<Agent> mentors(List<Agent> people) {
		return people.stream()
			.filter(agent -> agent.enabled() && agent.certification() == Certification.CERTIFIED
					&& agent.skillGroup() != null)
			.toList();
	}

	private static Map<AgentId, Agent> byId(List<Agent> people) {
		return people.stream().collect(Collectors.toMap(Agent::id, Function.identity(), (a, b) -> a));
	}

}
