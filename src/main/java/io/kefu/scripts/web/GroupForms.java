package io.kefu.scripts.web;

import java.util.List;

import io.kefu.access.Caller;
import io.kefu.scripts.RejectedChangeException;
import io.kefu.scripts.ScriptGroup;
import io.kefu.scripts.ScriptGroupId;
import io.kefu.scripts.ScriptLibrary;
import io.kefu.shop.ShopId;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The group forms of the library page: add, rename, move up or down, delete. Each posts
 * and returns to the page, which says what went wrong, if anything.
 */
@Controller
@RequestMapping("/shops/{shopId}/script-groups")
class GroupForms {

	private final ScriptLibrary library;

	private final MessageSource messages;

	GroupForms(ScriptLibrary library, MessageSource messages) {
		this.library = library;
		this.messages = messages;
	}

	@PostMapping
	String add(@PathVariable long shopId, @RequestParam(defaultValue = "") String name, Caller caller,
			RedirectAttributes redirect) {
		caller.requireSupervisorOf(shopId);
		return change(shopId, redirect, () -> library.addGroup(ShopId.of(shopId), checked(name)));
	}

	@PostMapping("/{groupId}/rename")
	String rename(@PathVariable long shopId, @PathVariable long groupId, @RequestParam(defaultValue = "") String name,
			Caller caller, RedirectAttributes redirect) {
		caller.requireSupervisorOf(shopId);
		ScriptGroup group = groupOf(shopId, groupId);
		return change(shopId, redirect, () -> library.reviseGroup(ShopId.of(shopId), group.id(), checked(name), null));
	}

	/** Moves a group one place up ({@code by=-1}) or down ({@code by=1}). */
	@PostMapping("/{groupId}/move")
	String move(@PathVariable long shopId, @PathVariable long groupId, @RequestParam int by, Caller caller,
			RedirectAttributes redirect) {
		caller.requireSupervisorOf(shopId);
		List<ScriptGroup> groups = library.groups(ShopId.of(shopId));
		ScriptGroup group = groupOf(shopId, groupId);
		int position = Math.max(0, groups.indexOf(group) + Integer.signum(by));
		return change(shopId, redirect,
				() -> library.reviseGroup(ShopId.of(shopId), group.id(), group.name(), position));
	}

	@PostMapping("/{groupId}/delete")
	String remove(@PathVariable long shopId, @PathVariable long groupId, Caller caller, RedirectAttributes redirect) {
		caller.requireSupervisorOf(shopId);
		ScriptGroup group = groupOf(shopId, groupId);
		return change(shopId, redirect, () -> library.removeGroup(ShopId.of(shopId), group.id()));
	}

	private String change(long shopId, RedirectAttributes redirect, Runnable change) {
		// the page folds the groups' settings; they come back open after a change
		redirect.addFlashAttribute("groupsOpen", true);
		try {
			change.run();
			redirect.addFlashAttribute("saved", true);
		}
		catch (RejectedChangeException ex) {
			redirect.addFlashAttribute("groupError", messages.getMessage(ex.messageCode(), ex.arguments(),
					ex.getMessage(), LocaleContextHolder.getLocale()));
		}
		return "redirect:/shops/" + shopId + "/scripts";
	}

	/** A blank or overlong name is refused like a taken one: on the page, in words. */
	private static String checked(String name) {
		String stripped = name.strip();
		if (stripped.isEmpty()) {
			throw new RejectedChangeException("name", "scriptGroup.name.blank", "A group has a name");
		}
		if (stripped.length() > 20) {
			throw new RejectedChangeException("name", "scriptGroup.name.long", "A group name has at most 20 characters",
					20);
		}
		return stripped;
	}

	private ScriptGroup groupOf(long shopId, long groupId) {
		return library.groups(ShopId.of(shopId))
			.stream()
			.filter(group -> groupId > 0 && group.id().equals(ScriptGroupId.of(groupId)))
			.findFirst()
			.orElseThrow(() -> new ScriptPageNotFoundException(shopId, groupId));
	}

}
