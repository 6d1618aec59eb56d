package io.kefu.training.web;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.kefu.access.Caller;
import io.kefu.quality.InspectionRules;
import io.kefu.shop.ShopId;
import io.kefu.staff.Agent;
import io.kefu.staff.AgentId;
import io.kefu.staff.Staff;
import io.kefu.training.Curriculum;
import io.kefu.training.CurriculumPage;
import io.kefu.training.DefaultCurriculum;
import io.kefu.training.Etiquette;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The shop's curriculum over HTTP: its trainer, supervisors and agents read it, the
 * trainer and supervisors edit it. Another shop's curriculum is unknown (404).
 */
@RestController
class CurriculumApi {

	private final Curriculum curriculum;

	private final InspectionRules rules;

	private final Staff staff;

	private final MessageSource messages;

	private final Clock clock;

	CurriculumApi(Curriculum curriculum, InspectionRules rules, Staff staff, MessageSource messages, Clock clock) {
		this.curriculum = curriculum;
		this.rules = rules;
		this.staff = staff;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/api/v1/shops/{shopId}/curriculum")
	List<CurriculumView.Entry> index(@PathVariable long shopId, Caller caller) {
		requireReader(caller, shopId);
		Map<AgentId, Agent> agents = agents(shopId);
		return curriculum.of(ShopId.of(shopId)).stream().map(page -> CurriculumView.Entry.of(page, agents)).toList();
	}

	@GetMapping("/api/v1/shops/{shopId}/curriculum/{slug}")
	CurriculumView page(@PathVariable long shopId, @PathVariable String slug, Caller caller) {
		requireReader(caller, shopId);
		return view(shopId, existing(shopId, slug));
	}

	@PutMapping("/api/v1/shops/{shopId}/curriculum/{slug}")
	CurriculumView edit(@PathVariable long shopId, @PathVariable String slug, @RequestBody PageBody body,
			Caller caller) {
		requireReader(caller, shopId);
		existing(shopId, slug);
		TrainingRoles.requireTrainer(caller, shopId);
		if (body.title() == null) {
			throw new IllegalArgumentException("title: required");
		}
		if (body.body() == null) {
			throw new IllegalArgumentException("body: required");
		}
		return view(shopId, curriculum.edit(ShopId.of(shopId), slug, body.title(), body.body(),
				AgentId.of(caller.agentId()), clock.instant()));
	}

	/**
	 * Another shop's curriculum is as unknown as none; a clerk or owner of it may not
	 * read it.
	 */
	static void requireReader(Caller caller, long shopId) {
		if (!caller.worksIn(shopId)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No shop " + shopId);
		}
		if (!TrainingRoles.readsCurriculum(caller, shopId)) {
			throw new AccessDeniedException("The trainer, supervisors and agents of shop " + shopId + " read this");
		}
	}

	private CurriculumPage existing(long shopId, String slug) {
		return curriculum.page(ShopId.of(shopId), slug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No curriculum page " + slug));
	}

	private CurriculumView view(long shopId, CurriculumPage page) {
		CurriculumView.EtiquetteView etiquette = null;
		if (page.slug().equals(DefaultCurriculum.ETIQUETTE_PAGE)) {
			// read each time, so the page never disagrees with the quality settings
			etiquette = CurriculumView.EtiquetteView.of(Etiquette.of(rules.of(ShopId.of(shopId))), messages,
					LocaleContextHolder.getLocale());
		}
		return CurriculumView.of(page, agents(shopId), etiquette);
	}

	private Map<AgentId, Agent> agents(long shopId) {
		return staff.inShop(ShopId.of(shopId))
			.stream()
			.collect(Collectors.toMap(Agent::id, Function.identity(), (a, b) -> a));
	}

	record PageBody(@Nullable String title, @Nullable String body) {
	}

}
