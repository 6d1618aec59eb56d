package io.kefu.training.web;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.kefu.access.Caller;
import io.kefu.reception.VisitorChat;
import io.kefu.staff.Agent;
import io.kefu.staff.AgentId;
import io.kefu.staff.Staff;
import io.kefu.training.MysterySession;
import io.kefu.training.MysterySessions;
import io.kefu.training.Persona;
import io.kefu.training.Personas;
import io.kefu.training.Trainee;
import io.kefu.training.Trainees;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Mystery shopper sessions over HTTP, for the trainer and supervisors only: start one for
 * a trainee with a persona, read it with its report, play the buyer by hand, end it and
 * give the rubric.
 */
@RestController
class MysteryApi {

	private final MysterySessions sessions;

	private final Trainees trainees;

	private final Staff staff;

	private final Clock clock;

	MysteryApi(MysterySessions sessions, Trainees trainees, Staff staff, Clock clock) {
		this.sessions = sessions;
		this.trainees = trainees;
		this.staff = staff;
		this.clock = clock;
	}

	@PostMapping("/api/v1/shops/{shopId}/mystery-sessions")
	@ResponseStatus(HttpStatus.CREATED)
	MysteryView start(@PathVariable long shopId, @Valid @RequestBody StartBody body, Caller caller) {
		TrainingRoles.requireTrainer(caller, shopId);
		Trainee trainee = trainees.find(body.trainee())
			.filter(found -> found.shop().value() == shopId)
			.orElseThrow(() -> new TraineeNotFoundException("No trainee " + body.trainee()));
		MysterySession session = sessions.start(trainee, persona(body.persona()), mode(body.mode()),
				AgentId.of(caller.agentId()));
		return view(session);
	}

	@GetMapping("/api/v1/trainees/{traineeId}/mystery-sessions")
	List<MysteryView> ofTrainee(@PathVariable long traineeId, Caller caller) {
		Trainee trainee = trainees.find(traineeId)
			.filter(found -> caller.isAdmin() || caller.worksIn(found.shop().value()))
			.orElseThrow(() -> new TraineeNotFoundException("No trainee " + traineeId));
		TrainingRoles.requireTrainer(caller, trainee.shop().value());
		return sessions.ofTrainee(traineeId).stream().map(this::view).toList();
	}

	@GetMapping("/api/v1/mystery-sessions/{id}")
	MysteryView session(@PathVariable long id, Caller caller) {
		return view(trainersSession(id, caller));
	}

	@PostMapping("/api/v1/mystery-sessions/{id}/buyer-messages")
	MysteryView buyerSays(@PathVariable long id, @Valid @RequestBody LineBody body, Caller caller) {
		trainersSession(id, caller);
		sessions.buyerSays(id, body.content());
		return view(sessions.find(id).orElseThrow());
	}

	@PostMapping("/api/v1/mystery-sessions/{id}/end")
	MysteryView end(@PathVariable long id, Caller caller) {
		trainersSession(id, caller);
		return view(sessions.end(id, AgentId.of(caller.agentId())));
	}

	@PutMapping("/api/v1/mystery-sessions/{id}/rubric")
	MysteryView rate(@PathVariable long id, @Valid @RequestBody RubricBody body, Caller caller) {
		trainersSession(id, caller);
		return view(sessions.rate(id, body.rubric(AgentId.of(caller.agentId()), clock)));
	}

	/**
	 * The session when the caller trains its shop: another shop's is unknown (404), the
	 * shop's agents get 403.
	 */
	private MysterySession trainersSession(long id, Caller caller) {
		MysterySession session = sessions.find(id)
			.filter(found -> caller.isAdmin() || caller.worksIn(found.shop().value()))
			.orElseThrow(() -> new TraineeNotFoundException("No mystery shopper session " + id));
		TrainingRoles.requireTrainer(caller, session.shop().value());
		return session;
	}

	private MysteryView view(MysterySession session) {
		Agent agent = staff.find(session.agent()).orElse(null);
		return MysteryView.of(session, agent, sessions.transcript(session), sessions.report(session));
	}

	static Persona persona(@Nullable String code) {
		String wanted = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
		return Personas.byCode(wanted)
			.orElseThrow(() -> new IllegalArgumentException(
					"persona: one of " + Personas.all().stream().map(Persona::code).toList() + ", not '" + code + "'"));
	}

	static MysterySession.Mode mode(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return MysterySession.Mode.AUTO;
		}
		try {
			return MysterySession.Mode.valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("mode: AUTO or MANUAL, not '" + value + "'");
		}
	}

	record StartBody(@NotNull Long trainee, @NotBlank @Size(max = 40) String persona,
			@Size(max = 10) @Nullable String mode) {
	}

	record LineBody(@NotBlank @Size(max = VisitorChat.MAX_MESSAGE_LENGTH) String content) {
	}

	record RubricBody(@NotNull Integer productKnowledge, @NotNull Integer adaptability, @NotNull Integer wording,
			@NotNull Integer attitude, @Size(max = MysterySession.Rubric.MAX_COMMENT) @Nullable String comment) {

		MysterySession.Rubric rubric(AgentId by, Clock clock) {
			return new MysterySession.Rubric(productKnowledge, adaptability, wording, attitude,
					comment == null ? "" : comment.strip(), by, clock.instant());
		}

	}

}
