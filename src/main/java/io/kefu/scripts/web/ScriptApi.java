package io.kefu.scripts.web;

import java.util.List;
import java.util.Optional;

import jakarta.validation.Validator;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.kefu.access.Caller;
import io.kefu.scripts.Script;
import io.kefu.scripts.ScriptDraft;
import io.kefu.scripts.ScriptGroup;
import io.kefu.scripts.ScriptGroupId;
import io.kefu.scripts.ScriptId;
import io.kefu.scripts.ScriptLibrary;
import io.kefu.scripts.ScriptNotFoundException;
import io.kefu.scripts.ScriptSuggestion;
import io.kefu.scripts.ScriptVariant;
import io.kefu.shop.ShopId;
import io.kefu.staff.AgentId;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The script library over HTTP: every agent of the shop reads, searches, takes the next
 * variant and asks for suggestions; supervisors change groups and scripts.
 */
@RestController
@RequestMapping("/api/v1/shops/{shopId}")
class ScriptApi {

	private final ScriptLibrary library;

	private final Validator validator;

	ScriptApi(ScriptLibrary library, Validator validator) {
		this.library = library;
		this.validator = validator;
	}

	/** The groups in order, each with its scripts and their variants. */
	@GetMapping("/script-groups")
	List<GroupView> groups(@PathVariable long shopId, Caller caller) {
		caller.requireShop(shopId);
		return library.groups(ShopId.of(shopId)).stream().map(GroupView::of).toList();
	}

	/** Adds a group after the last. */
	@PostMapping("/script-groups")
	@ResponseStatus(HttpStatus.CREATED)
	GroupView addGroup(@PathVariable long shopId, @RequestBody GroupBody body, Caller caller) {
		caller.requireSupervisorOf(shopId);
		return GroupView.of(library.addGroup(ShopId.of(shopId), valid(body).name()));
	}

	/**
	 * Renames a group and, with {@code position} (0 is first), moves it; without, it
	 * stays where it is.
	 */
	@PutMapping("/script-groups/{groupId}")
	GroupView reviseGroup(@PathVariable long shopId, @PathVariable long groupId, @RequestBody GroupBody body,
			Caller caller) {
		caller.requireSupervisorOf(shopId);
		ScriptGroupId id = groupIdOf(shopId, groupId);
		return GroupView.of(library.reviseGroup(ShopId.of(shopId), id, valid(body).name(), body.position()));
	}

	/** Deletes an empty group; one that holds scripts is a conflict (409). */
	@DeleteMapping("/script-groups/{groupId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void removeGroup(@PathVariable long shopId, @PathVariable long groupId, Caller caller) {
		caller.requireSupervisorOf(shopId);
		library.removeGroup(ShopId.of(shopId), groupIdOf(shopId, groupId));
	}

	/** Every script, in the library's order. */
	@GetMapping("/scripts")
	List<ScriptView> scripts(@PathVariable long shopId, Caller caller) {
		caller.requireShop(shopId);
		return library.groups(ShopId.of(shopId))
			.stream()
			.flatMap(group -> group.scripts().stream())
			.map(ScriptView::of)
			.toList();
	}

	@GetMapping("/scripts/{scriptId}")
	ScriptView script(@PathVariable long shopId, @PathVariable long scriptId, Caller caller) {
		caller.requireShop(shopId);
		return ScriptView.of(scriptOf(shopId, scriptId));
	}

	/**
	 * Adds a script: {@code groupId}, an optional shortcut {@code code} (unique in the
	 * shop), optional {@code title} and {@code keywords}, and 1 to 10 {@code variants}.
	 */
	@PostMapping("/scripts")
	@ResponseStatus(HttpStatus.CREATED)
	ScriptView add(@PathVariable long shopId, @RequestBody ScriptDraft draft, Caller caller) {
		caller.requireSupervisorOf(shopId);
		return ScriptView.of(library.add(ShopId.of(shopId), valid(draft)));
	}

	/** Replaces a script as a whole; the agents' turns carry on. */
	@PutMapping("/scripts/{scriptId}")
	ScriptView revise(@PathVariable long shopId, @PathVariable long scriptId, @RequestBody ScriptDraft draft,
			Caller caller) {
		caller.requireSupervisorOf(shopId);
		ScriptId id = scriptOf(shopId, scriptId).id();
		return ScriptView.of(library.revise(ShopId.of(shopId), id, valid(draft)));
	}

	@DeleteMapping("/scripts/{scriptId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void remove(@PathVariable long shopId, @PathVariable long scriptId, Caller caller) {
		caller.requireSupervisorOf(shopId);
		library.remove(ShopId.of(shopId), scriptOf(shopId, scriptId).id());
	}

	/**
	 * Scripts whose code starts with {@code q} or whose title, keywords, group or text
	 * contains it; {@code q=/yj} looks at codes only.
	 */
	@GetMapping("/scripts/search")
	List<ScriptView> search(@PathVariable long shopId, @RequestParam(defaultValue = "") String q, Caller caller) {
		caller.requireShop(shopId);
		return library.search(ShopId.of(shopId), q).stream().map(ScriptView::of).toList();
	}

	/**
	 * The variant the calling agent sends next of the script typed as {@code /code}:
	 * variant 1, then 2, then 3, then 1 again. A POST, as it moves the agent's turn on.
	 */
	@PostMapping("/scripts/by-code/{code}/next")
	VariantView nextByCode(@PathVariable long shopId, @PathVariable String code, Caller caller) {
		caller.requireShop(shopId);
		return VariantView.of(library.nextVariant(ShopId.of(shopId), code, AgentId.of(caller.agentId())));
	}

	/**
	 * As {@code by-code/{code}/next}, for a script picked from the panel or a suggestion.
	 */
	@PostMapping("/scripts/{scriptId}/next")
	VariantView next(@PathVariable long shopId, @PathVariable long scriptId, Caller caller) {
		caller.requireShop(shopId);
		return VariantView
			.of(library.nextVariant(ShopId.of(shopId), scriptOf(shopId, scriptId).id(), AgentId.of(caller.agentId())));
	}

	/**
	 * Up to {@code limit} (default 3, at most 10) scripts that answer the buyer's message
	 * {@code text} best, best first; none when nothing in it matches.
	 */
	@GetMapping("/script-suggestions")
	List<SuggestionView> suggestions(@PathVariable long shopId, @RequestParam(defaultValue = "") String text,
			@RequestParam(defaultValue = "3") int limit, Caller caller) {
		caller.requireShop(shopId);
		return library.suggest(ShopId.of(shopId), text, limit).stream().map(SuggestionView::of).toList();
	}

	private <T> T valid(T body) {
		return InvalidBodyException.requireValid(validator, body);
	}

	private Script scriptOf(long shopId, long scriptId) {
		return (scriptId > 0 ? library.find(ShopId.of(shopId), ScriptId.of(scriptId)) : Optional.<Script>empty())
			.orElseThrow(() -> new ScriptNotFoundException(ShopId.of(shopId), "script " + scriptId));
	}

	private static ScriptGroupId groupIdOf(long shopId, long groupId) {
		if (groupId <= 0) {
			throw new ScriptNotFoundException(ShopId.of(shopId), "script group " + groupId);
		}
		return ScriptGroupId.of(groupId);
	}

	/** A group's name and, when moving it, its new place (0 is first). */
	record GroupBody(@NotBlank @Size(max = 20) String name, @Nullable @Min(0) Integer position) {
	}

	record GroupView(long id, String name, int position, List<ScriptView> scripts) {

		static GroupView of(ScriptGroup group) {
			return new GroupView(group.id().value(), group.name(), group.position(),
					group.scripts().stream().map(ScriptView::of).toList());
		}
	}

	record ScriptView(long id, long groupId, String groupName, @Nullable String code, @Nullable String title,
			List<String> keywords, List<String> variants) {

		static ScriptView of(Script script) {
			return new ScriptView(script.id().value(), script.groupId().value(), script.groupName(), script.code(),
					script.title(), script.keywords(), script.variants().stream().map(Script.Variant::text).toList());
		}
	}

	record VariantView(long scriptId, @Nullable String code, int number, int variants, String text) {

		static VariantView of(ScriptVariant variant) {
			return new VariantView(variant.scriptId().value(), variant.code(), variant.number(), variant.variants(),
					variant.text());
		}
	}

	record SuggestionView(ScriptView script, double score) {

		static SuggestionView of(ScriptSuggestion suggestion) {
			return new SuggestionView(ScriptView.of(suggestion.script()), suggestion.score());
		}
	}

}
