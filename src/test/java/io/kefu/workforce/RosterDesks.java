package io.kefu.workforce;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.StringJoiner;
import java.util.function.BiFunction;

import io.kefu.staff.Agent;

import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Calls the roster API as one agent or another, and publishes a month set by hand: the
 * swap and leave tests start from a published roster without waiting for a solve.
 */
final class RosterDesks {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final MockMvc mvc;

	private final UserDetailsService accounts;

	RosterDesks(MockMvc mvc, UserDetailsService accounts) {
		this.mvc = mvc;
		this.accounts = accounts;
	}

	/**
	 * Sets every cell of the month as {@code shift} tells, unpinned, (agent, day → code
	 * or null) and publishes it.
	 */
	void publish(Agent supervisor, long shopId, YearMonth month, Iterable<Agent> agents,
			BiFunction<Agent, LocalDate, String> shift) throws Exception {
		StringJoiner cells = new StringJoiner(",", "[", "]");
		for (Agent agent : agents) {
			for (LocalDate day = month.atDay(1); !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
				String code = shift.apply(agent, day);
				cells.add("{\"agent\": \"" + agent.username() + "\", \"date\": \"" + day + "\", \"shift\": "
						+ (code == null ? "null" : "\"" + code + "\"") + ", \"pinned\": false}");
			}
		}
		String roster = "/api/v1/shops/" + shopId + "/rosters/" + month;
		call(supervisor, put(roster + "/assignments").contentType(MediaType.APPLICATION_JSON).content(cells.toString()))
			.andExpect(status().isOk());
		call(supervisor, MockMvcRequestBuilders.post(roster + "/publish")).andExpect(status().isOk());
	}

	ResultActions call(Agent who, MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(user(accounts.loadUserByUsername(who.username()))).with(csrf()));
	}

	ResultActions post(Agent who, String path, String body) throws Exception {
		return call(who, MockMvcRequestBuilders.post(path).contentType(MediaType.APPLICATION_JSON).content(body));
	}

	static String body(ResultActions result) throws Exception {
		return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	static JsonNode json(ResultActions result) throws Exception {
		return JSON.readTree(body(result));
	}

	/** The code of the agent's cell on the day in a roster answer, "" for a day off. */
	static String cell(JsonNode roster, Agent agent, String date) {
		for (JsonNode cell : roster.get("assignments")) {
			if (cell.get("agent").asString().equals(agent.username()) && cell.get("date").asString().equals(date)) {
				return cell.get("shift").isNull() ? "" : cell.get("shift").asString();
			}
		}
		throw new AssertionError("no cell of " + agent.username() + " on " + date);
	}

	/** Whether the agent's cell on the day is pinned in a draft answer. */
	static boolean pinned(JsonNode roster, Agent agent, String date) {
		for (JsonNode cell : roster.get("assignments")) {
			if (cell.get("agent").asString().equals(agent.username()) && cell.get("date").asString().equals(date)) {
				return cell.get("pinned").asBoolean();
			}
		}
		throw new AssertionError("no cell of " + agent.username() + " on " + date);
	}

}
