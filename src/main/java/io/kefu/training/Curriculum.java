package io.kefu.training;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

/**
 * The shops' curriculum pages. A shop gets the default pages ({@link DefaultCurriculum})
 * the first time its curriculum is read, so shops opened later have them too.
 */
public interface Curriculum {

	/** The shop's pages in their order. */
	List<CurriculumPage> of(ShopId shop);

	Optional<CurriculumPage> page(ShopId shop, String slug);

	/**
	 * Saves a page's title and body, keeping who and when.
	 * @throws IllegalArgumentException naming {@code title} or {@code body} when it is
	 * too long, blank or holds a control character
	 * @throws java.util.NoSuchElementException when the shop has no such page
	 */
	CurriculumPage edit(ShopId shop, String slug, String title, String body, AgentId by, Instant at);

}
