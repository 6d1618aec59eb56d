package io.kefu.training.web;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.kefu.access.Caller;
import io.kefu.shop.ShopId;
import io.kefu.staff.Agent;
import io.kefu.staff.AgentId;
import io.kefu.staff.Staff;
import io.kefu.training.TypingAttempt;
import io.kefu.training.TypingScore;
import io.kefu.training.TypingTests;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The typing test page (打字测试): an agent takes a test (the page's script calls the API)
 * and reads their own attempts; supervisors and trainers read every agent's.
 */
@Controller
class TypingPages {

	/** The attempts a page lists: an agent's recent ones, the team's recent ones. */
	private static final int OWN_ROWS = 20;

	private static final int TEAM_ROWS = 200;

	private final TypingTests tests;

	private final Staff staff;

	TypingPages(TypingTests tests, Staff staff) {
		this.tests = tests;
		this.staff = staff;
	}

	@GetMapping("/shops/{shopId}/typing")
	String page(@PathVariable long shopId, @RequestParam(required = false) @Nullable Long result, Caller caller,
			Model model) {
		TypingRoles.requireReader(caller, shopId);
		ShopId shop = ShopId.of(shopId);
		boolean takes = TypingRoles.takes(caller);
		boolean team = TypingRoles.readsTheTeam(caller);
		List<TypingAttempt> own = takes ? tests.of(shop, AgentId.of(caller.agentId()), OWN_ROWS) : List.of();
		model.addAttribute("takes", takes);
		model.addAttribute("team", team);
		model.addAttribute("own", own);
		model.addAttribute("teamAttempts", team ? tests.inShop(shop, TEAM_ROWS) : List.of());
		model.addAttribute("agents",
				staff.inShop(shop).stream().collect(Collectors.toMap(Agent::id, Function.identity(), (a, b) -> a)));
		model.addAttribute("result",
				own.stream().filter(attempt -> result != null && attempt.id() == result).findFirst().orElse(null));
		model.addAttribute("passSpeed", TypingScore.PASS_SPEED);
		model.addAttribute("bonusSpeed", TypingScore.BONUS_SPEED);
		model.addAttribute("timeLimitMinutes", TypingTests.TIME_LIMIT.toMinutes());
		return "training/typing";
	}

}
