package io.kefu.training.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;
import io.kefu.training.Curriculum;
import io.kefu.training.CurriculumPage;
import io.kefu.training.DefaultCurriculum;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Curriculum pages in PostgreSQL. The default pages a shop lacks are added when its
 * curriculum is read, so a new shop (and a page added to the defaults later) needs no
 * migration.
 */
@Repository
@Transactional
class JdbcCurriculum implements Curriculum {

	private static final String SELECT = """
			select slug, title, body, position, edited_by, edited_at from curriculum_page
			""";

	private final JdbcClient jdbc;

	JdbcCurriculum(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<CurriculumPage> of(ShopId shop) {
		List<CurriculumPage> pages = stored(shop);
		Set<String> present = pages.stream().map(CurriculumPage::slug).collect(Collectors.toSet());
		List<CurriculumPage> missing = DefaultCurriculum.pages()
			.stream()
			.filter(page -> !present.contains(page.slug()))
			.toList();
		if (missing.isEmpty()) {
			return pages;
		}
		for (CurriculumPage page : missing) {
			jdbc.sql("""
					insert into curriculum_page (shop_id, slug, title, body, position) values (?, ?, ?, ?, ?)
					on conflict (shop_id, slug) do nothing
					""").params(shop.value(), page.slug(), page.title(), page.body(), page.position()).update();
		}
		return stored(shop);
	}

	@Override
	public Optional<CurriculumPage> page(ShopId shop, String slug) {
		return of(shop).stream().filter(page -> page.slug().equals(slug)).findFirst();
	}

	@Override
	public CurriculumPage edit(ShopId shop, String slug, String title, String body, AgentId by, Instant at) {
		CurriculumPage edited = page(shop, slug).orElseThrow(() -> new NoSuchElementException("No page " + slug))
			.edit(title, body, by, at);
		jdbc.sql("""
				update curriculum_page set title = ?, body = ?, edited_by = ?, edited_at = ?
				where shop_id = ? and slug = ?
				""")
			.params(edited.title(), edited.body(), by.value(), OffsetDateTime.ofInstant(at, ZoneOffset.UTC),
					shop.value(), slug)
			.update();
		return edited;
	}

	private List<CurriculumPage> stored(ShopId shop) {
		return jdbc.sql(SELECT + "where shop_id = ? order by position, slug")
			.param(shop.value())
			.query(JdbcCurriculum::page)
			.list();
	}

	private static CurriculumPage page(ResultSet row, int n) throws SQLException {
		long by = row.getLong(5);
		AgentId editedBy = row.wasNull() ? null : AgentId.of(by);
		OffsetDateTime at = row.getObject(6, OffsetDateTime.class);
		return new CurriculumPage(row.getString(1), row.getString(2), row.getString(3), row.getInt(4), editedBy,
				at == null ? null : at.toInstant());
	}

}
