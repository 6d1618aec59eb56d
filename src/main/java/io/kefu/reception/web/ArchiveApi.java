package io.kefu.reception.web;

import java.util.Map;

import io.kefu.access.Caller;
import io.kefu.reception.Archive;
import io.kefu.reception.ArchiveResult;
import io.kefu.reception.ArchivedConversation;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The archive (聊天记录): search a shop's conversations, live and imported, in Chinese, and
 * open one whole. docs/archive.md.
 */
@RestController
class ArchiveApi {

	private final Archive archive;

	ArchiveApi(Archive archive) {
		this.archive = archive;
	}

	/**
	 * {@code q}: words separated by spaces, each contained in every message found;
	 * {@code agent}: an agent's id; {@code buyer}: a buyer's nick (买家会员名),
	 * {@code buyerId} the buyer's id; {@code from}, {@code to}: business days, both
	 * included.
	 */
	@GetMapping("/api/v1/shops/{shopId}/archive/search")
	ArchiveResult search(@PathVariable long shopId, ArchiveSearch search, @RequestParam(defaultValue = "1") int page,
			Caller caller) {
		return archive.search(caller, PathIds.shopOfCaller(shopId), search.page(page));
	}

	/**
	 * A conversation of the shop, every message in time order; {@code unmasked=true} (a
	 * supervisor only, logged) shows phones and addresses as stored.
	 */
	@GetMapping("/api/v1/shops/{shopId}/archive/conversations/{id}")
	ArchivedConversation conversation(@PathVariable long shopId, @PathVariable long id,
			@RequestParam(defaultValue = "false") boolean unmasked, Caller caller) {
		return archive.conversation(caller, PathIds.shopOfCaller(shopId), PathIds.conversation(id), unmasked);
	}

	/** How long the shop keeps its chat records: {@code keepMonths}, null for all. */
	@GetMapping("/api/v1/shops/{shopId}/settings/archive")
	Map<String, @Nullable Integer> retention(@PathVariable long shopId, Caller caller) {
		return java.util.Collections.singletonMap("keepMonths",
				archive.keepMonths(caller, PathIds.shopOfCaller(shopId)));
	}

	/** Sets {@code keepMonths} (1–120, null: keep all); a supervisor's. */
	@PutMapping("/api/v1/shops/{shopId}/settings/archive")
	Map<String, @Nullable Integer> retain(@PathVariable long shopId, @RequestBody RetentionRequest request,
			Caller caller) {
		archive.keepMonths(caller, PathIds.shopOfCaller(shopId), request.keepMonths());
		return retention(shopId, caller);
	}

	record RetentionRequest(@Nullable Integer keepMonths) {
	}

	/** Indexes the shop's messages again from the database; a supervisor's. */
	@PostMapping("/api/v1/shops/{shopId}/archive/rebuild")
	Map<String, Boolean> rebuild(@PathVariable long shopId, Caller caller) {
		archive.rebuild(caller, PathIds.shopOfCaller(shopId));
		return Map.of("rebuilt", true);
	}

}
