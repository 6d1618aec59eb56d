package io.kefu.training.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.kefu.quality.Rule;
import io.kefu.staff.Agent;
import io.kefu.staff.AgentId;
import io.kefu.training.CurriculumMarkdown;
import io.kefu.training.CurriculumPage;
import io.kefu.training.Etiquette;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * A curriculum page as the API answers it: the Markdown, its HTML and, on the skills
 * page, the shop's 禁用/善用 as the quality settings hold them now.
 *
 * @param editedBy the username of who saved it last; null while it is the default text
 * @param etiquette only on the page that shows the 禁用/善用 rules
 */
record CurriculumView(String slug, String title, String body, String html, int position, @Nullable String editedBy,
		@Nullable Instant editedAt, @Nullable EtiquetteView etiquette) {

	static CurriculumView of(CurriculumPage page, Map<AgentId, Agent> agents, @Nullable EtiquetteView etiquette) {
		Agent by = page.editedBy() == null ? null : agents.get(page.editedBy());
		return new CurriculumView(page.slug(), page.title(), page.body(), CurriculumMarkdown.toHtml(page.body()),
				page.position(), by == null ? null : by.username(), page.editedAt(), etiquette);
	}

	/** One line of the index: without the body. */
	record Entry(String slug, String title, int position, @Nullable String editedBy, @Nullable Instant editedAt) {

		static Entry of(CurriculumPage page, Map<AgentId, Agent> agents) {
			Agent by = page.editedBy() == null ? null : agents.get(page.editedBy());
			return new Entry(page.slug(), page.title(), page.position(), by == null ? null : by.username(),
					page.editedAt());
		}

	}

	record EtiquetteView(List<RuleLine> forbidden, List<RuleLine> recommended) {

		static EtiquetteView of(Etiquette etiquette, MessageSource messages, Locale locale) {
			return new EtiquetteView(lines(etiquette.forbidden(), messages, locale),
					lines(etiquette.recommended(), messages, locale));
		}

		private static List<RuleLine> lines(List<Etiquette.Item> items, MessageSource messages, Locale locale) {
			return items.stream()
				.map(item -> new RuleLine(item.rule(),
						messages.getMessage("quality.rule." + item.rule().name() + ".name", null, locale),
						messages.getMessage("quality.rule." + item.rule().name() + ".description", null, locale),
						item.words()))
				.toList();
		}

	}

	/** A rule with its name and description in the reader's language, and its words. */
	record RuleLine(Rule rule, String name, String description, List<String> words) {
	}

}
