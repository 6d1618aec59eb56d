package io.kefu.training;

import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;

import io.kefu.staff.AgentId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** A curriculum page's bounds, and the plans' reading tasks pointing at real pages. */
class CurriculumPageUnitTests {

	private static final CurriculumPage SKILLS = DefaultCurriculum.pages()
		.stream()
		.filter(page -> page.slug().equals(DefaultCurriculum.ETIQUETTE_PAGE))
		.findFirst()
		.orElseThrow();

	@Test
	void anEditKeepsWhoAndWhen() {
		CurriculumPage edited = SKILLS.edit("技能技巧（本店）", "新的正文\n\t缩进", AgentId.of(7), Instant.EPOCH);

		assertThat(edited.edited()).isTrue();
		assertThat(edited.editedBy()).isEqualTo(AgentId.of(7));
		assertThat(edited.slug()).isEqualTo(DefaultCurriculum.ETIQUETTE_PAGE);
		assertThat(SKILLS.edited()).isFalse();
	}

	@Test
	void tooLongBlankOrControlCharactersAreRefusedNamingTheField() {
		assertThatIllegalArgumentException().isThrownBy(() -> edit("x".repeat(101), ""))
			.withMessageStartingWith("title");
		assertThatIllegalArgumentException().isThrownBy(() -> edit("  ", "")).withMessageStartingWith("title");
		assertThatIllegalArgumentException().isThrownBy(() -> edit("标题\n换行", "")).withMessageStartingWith("title");
		assertThatIllegalArgumentException().isThrownBy(() -> edit("标题", "x".repeat(50_001)))
			.withMessageStartingWith("body");
		assertThatIllegalArgumentException().isThrownBy(() -> edit("标题", "正文\u0000")).withMessageStartingWith("body");
		assertThat(edit("标".repeat(100), "x".repeat(50_000)).body()).hasSize(50_000);
	}

	@Test
	void everyReadingTaskOfTheDefaultPlansLinksADefaultPage() {
		Set<String> slugs = DefaultCurriculum.pages().stream().map(CurriculumPage::slug).collect(Collectors.toSet());

		for (HireClass hireClass : HireClass.values()) {
			TrainingPlan.defaultFor(hireClass)
				.days()
				.stream()
				.flatMap(day -> day.tasks().stream())
				.filter(task -> task.kind() == TaskKind.READ)
				.forEach(task -> assertThat(slugs).as(task.title()).contains(task.page()));
		}
	}

	private static CurriculumPage edit(String title, String body) {
		return SKILLS.edit(title, body, AgentId.of(1), Instant.EPOCH);
	}

}
