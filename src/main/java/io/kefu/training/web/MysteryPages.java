package io.kefu.training.web;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.kefu.access.Caller;
import io.kefu.reception.ReceptionStep;
import io.kefu.staff.AgentId;
import io.kefu.staff.Staff;
import io.kefu.training.MysterySession;
import io.kefu.training.MysterySessions;
import io.kefu.training.Trainee;
import io.kefu.training.Trainees;
import io.kefu.training.TrainingStateException;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The trainer's mystery shopper pages: the session with its transcript (the page reloads
 * itself while a persona plays; in manual mode the trainer types the buyer's lines and
 * reloads), the end button, the report and the rubric form. Started from the trainee's
 * page.
 */
@Controller
class MysteryPages {

	/** The rubric's criteria as the form names them: 产品知识, 应变, 话术, 态度. */
	static final List<String> CRITERIA = List.of("productKnowledge", "adaptability", "wording", "attitude");

	private final MysterySessions sessions;

	private final Trainees trainees;

	private final Staff staff;

	private final Clock clock;

	MysteryPages(MysterySessions sessions, Trainees trainees, Staff staff, Clock clock) {
		this.sessions = sessions;
		this.trainees = trainees;
		this.staff = staff;
		this.clock = clock;
	}

	@PostMapping("/shops/{shopId}/training/mystery")
	String start(@PathVariable long shopId, @RequestParam long trainee, @RequestParam String persona,
			@RequestParam(required = false) @Nullable String mode, Caller caller, RedirectAttributes redirect) {
		TrainingRoles.requireTrainer(caller, shopId);
		Trainee found = trainees.find(trainee)
			.filter(t -> t.shop().value() == shopId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No trainee " + trainee));
		try {
			MysterySession session = sessions.start(found, MysteryApi.persona(persona), MysteryApi.mode(mode),
					AgentId.of(caller.agentId()));
			redirect.addFlashAttribute("done", "mystery.started");
			return "redirect:/shops/" + shopId + "/training/mystery/" + session.id();
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("problem", "mystery.start.invalid");
		}
		catch (TrainingStateException ex) {
			redirect.addFlashAttribute("problem", "mystery.start.conflict");
		}
		return "redirect:/shops/" + shopId + "/training/trainees/" + trainee;
	}

	@GetMapping("/shops/{shopId}/training/mystery/{id}")
	String session(@PathVariable long shopId, @PathVariable long id, Caller caller, Model model) {
		MysterySession session = trainersSession(shopId, id, caller);
		MysteryView view = MysteryView.of(session, staff.find(session.agent()).orElse(null),
				sessions.transcript(session), sessions.report(session));
		Map<String, Integer> marks = new HashMap<>();
		MysterySession.Rubric rubric = session.rubric();
		marks.put("productKnowledge", rubric == null ? 3 : rubric.productKnowledge());
		marks.put("adaptability", rubric == null ? 3 : rubric.adaptability());
		marks.put("wording", rubric == null ? 3 : rubric.wording());
		marks.put("attitude", rubric == null ? 3 : rubric.attitude());
		model.addAttribute("mysterySession", session);
		model.addAttribute("view", view);
		model.addAttribute("steps", ReceptionStep.values());
		model.addAttribute("criteria", CRITERIA);
		model.addAttribute("marks", marks);
		return "training/mystery";
	}

	@PostMapping("/shops/{shopId}/training/mystery/{id}/buyer-messages")
	String say(@PathVariable long shopId, @PathVariable long id, @RequestParam String content, Caller caller,
			RedirectAttributes redirect) {
		trainersSession(shopId, id, caller);
		try {
			if (content.isBlank() || content.length() > 2000) {
				throw new IllegalArgumentException("content: 1 to 2000 characters");
			}
			sessions.buyerSays(id, content.strip());
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("problem", "mystery.say.invalid");
		}
		catch (TrainingStateException ex) {
			redirect.addFlashAttribute("problem", "mystery.ended");
		}
		return "redirect:/shops/" + shopId + "/training/mystery/" + id;
	}

	@PostMapping("/shops/{shopId}/training/mystery/{id}/end")
	String end(@PathVariable long shopId, @PathVariable long id, Caller caller, RedirectAttributes redirect) {
		trainersSession(shopId, id, caller);
		try {
			sessions.end(id, AgentId.of(caller.agentId()));
			redirect.addFlashAttribute("done", "mystery.endedNow");
		}
		catch (TrainingStateException ex) {
			redirect.addFlashAttribute("problem", "mystery.ended");
		}
		return "redirect:/shops/" + shopId + "/training/mystery/" + id;
	}

	@PostMapping("/shops/{shopId}/training/mystery/{id}/rubric")
	String rate(@PathVariable long shopId, @PathVariable long id, @RequestParam int productKnowledge,
			@RequestParam int adaptability, @RequestParam int wording, @RequestParam int attitude,
			@RequestParam(required = false) @Nullable String comment, Caller caller, RedirectAttributes redirect) {
		trainersSession(shopId, id, caller);
		try {
			sessions.rate(id, new MysterySession.Rubric(productKnowledge, adaptability, wording, attitude,
					comment == null ? "" : comment.strip(), AgentId.of(caller.agentId()), clock.instant()));
			redirect.addFlashAttribute("done", "mystery.rubric.saved");
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("problem", "mystery.rubric.invalid");
		}
		return "redirect:/shops/" + shopId + "/training/mystery/" + id;
	}

	/** The shop's session for its trainer or supervisors; another shop's is unknown. */
	private MysterySession trainersSession(long shopId, long id, Caller caller) {
		TrainingRoles.requireTrainer(caller, shopId);
		return sessions.find(id)
			.filter(found -> found.shop().value() == shopId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No mystery shopper session " + id));
	}

}
