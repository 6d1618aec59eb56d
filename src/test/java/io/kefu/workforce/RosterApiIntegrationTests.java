package io.kefu.workforce;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.kefu.access.Role;
import io.kefu.shop.Products;
import io.kefu.shop.Shop;
import io.kefu.shop.Shops;
import io.kefu.staff.Agent;
import io.kefu.staff.Staff;
import io.kefu.support.ShopFixture;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A small department's month solved in the background, pinned by hand, published and read
 * by its agents.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RosterApiIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final YearMonth MONTH = YearMonth.of(2027, 2);

	@Autowired
	MockMvc mvc;

	@Autowired
	Shops shops;

	@Autowired
	Products products;

	@Autowired
	Staff staff;

	@Autowired
	UserDetailsService accounts;

	Shop shop;

	Agent boss;

	Agent mei;

	Agent jie;

	Agent stranger;

	String suffix;

	@BeforeEach
	void aDepartmentOfFour() {
		ShopFixture fixture = new ShopFixture(shops, products, staff);
		suffix = Long.toString(System.nanoTime() % 1_000_000_000L);
		shop = fixture.shop("排班表店" + suffix);
		boss = fixture.account(shop, "rb-boss" + suffix, Role.SUPERVISOR);
		mei = fixture.account(shop, "rb-mei" + suffix, Role.PRE_SALES);
		jie = fixture.account(shop, "rb-jie" + suffix, Role.PRE_SALES);
		fixture.account(shop, "rb-an" + suffix, Role.AFTER_SALES);
		fixture.account(shop, "rb-lu" + suffix, Role.PRE_SALES);
		stranger = fixture.account(fixture.shop("别家" + suffix), "rb-x" + suffix, Role.SUPERVISOR);
	}

	@Test
	void aSolvedMonthGivesEveryAgentACellADayAndTheirFourDaysOff() throws Exception {
		ResultActions started = call(boss,
				post(path("/solve")).contentType(MediaType.APPLICATION_JSON).content("{\"seconds\": 5}"))
			.andExpect(status().isAccepted());
		assertThat(json(started).get("status").asString()).isEqualTo("SOLVING");

		JsonNode roster = solved();

		assertThat(roster.get("status").asString()).isEqualTo("DRAFT");
		assertThat(roster.get("score").asString()).startsWith("0hard/");
		assertThat(roster.get("agents")).hasSize(4);
		assertThat(roster.get("shifts")).extracting((shift) -> shift.get("code").asString())
			.containsExactly("D", "H", "N");
		assertThat(roster.get("assignments")).hasSize(4 * MONTH.lengthOfMonth());
		Map<String, Integer> daysOff = new HashMap<>();
		for (JsonNode cell : roster.get("assignments")) {
			daysOff.merge(cell.get("agent").asString(), cell.get("shift").isNull() ? 1 : 0, Integer::sum);
		}
		assertThat(daysOff.values()).containsOnly(4);
		assertThat(roster.get("violations")).isEmpty();
	}

	@Test
	void aPinnedCellSurvivesTheNextSolve() throws Exception {
		String body = "[{\"agent\": \"" + mei.username() + "\", \"date\": \"2027-02-10\", \"shift\": \"N\"},"
				+ "{\"agent\": \"" + jie.username() + "\", \"date\": \"2027-02-11\", \"shift\": null}]";
		JsonNode pinned = json(
				call(boss, put(path("/assignments")).contentType(MediaType.APPLICATION_JSON).content(body))
					.andExpect(status().isOk()));
		assertThat(pinned.get("status").asString()).isEqualTo("DRAFT");
		assertThat(cell(pinned, mei, "2027-02-10").get("pinned").asBoolean()).isTrue();

		call(boss, post(path("/solve")).contentType(MediaType.APPLICATION_JSON).content("{\"seconds\": 5}"))
			.andExpect(status().isAccepted());
		JsonNode roster = solved();

		assertThat(cell(roster, mei, "2027-02-10").get("shift").asString()).isEqualTo("N");
		assertThat(cell(roster, mei, "2027-02-10").get("pinned").asBoolean()).isTrue();
		assertThat(cell(roster, jie, "2027-02-11").get("shift").isNull()).isTrue();
		// the solver does not put mei on a day shift after her pinned night
		assertThat(cell(roster, mei, "2027-02-11").get("shift").asString()).isNotIn("D", "H");
	}

	@Test
	void aCellThatBreaksARuleIsListedUnderTheScore() throws Exception {
		String body = "[{\"agent\": \"" + mei.username() + "\", \"date\": \"2027-02-10\", \"shift\": \"N\"},"
				+ "{\"agent\": \"" + mei.username() + "\", \"date\": \"2027-02-11\", \"shift\": \"D\"}]";

		JsonNode roster = json(
				call(boss, put(path("/assignments")).contentType(MediaType.APPLICATION_JSON).content(body))
					.andExpect(status().isOk()));

		assertThat(roster.get("score").asString()).doesNotStartWith("0hard");
		assertThat(roster.get("violations")).anySatisfy((violation) -> {
			assertThat(violation.get("constraint").asString()).isEqualTo("no day shift after a night shift");
			assertThat(violation.get("level").asString()).isEqualTo("HARD");
			assertThat(violation.get("agent").asString()).isEqualTo(mei.username());
			assertThat(violation.get("date").asString()).isEqualTo("2027-02-11");
		});
	}

	@Test
	void agentsReadOnlyThePublishedRoster() throws Exception {
		JsonNode before = json(call(mei, get(path(""))).andExpect(status().isOk()));
		assertThat(before.get("status").asString()).isEqualTo("NONE");
		call(boss, post(path("/publish"))).andExpect(status().isConflict());

		call(boss, post(path("/solve")).contentType(MediaType.APPLICATION_JSON).content("{\"seconds\": 5}"))
			.andExpect(status().isAccepted());
		JsonNode draft = solved();
		JsonNode stillNone = json(call(mei, get(path(""))).andExpect(status().isOk()));
		assertThat(stillNone.get("assignments")).isEmpty();

		JsonNode published = json(call(boss, post(path("/publish"))).andExpect(status().isOk()));
		assertThat(published.get("status").asString()).isEqualTo("PUBLISHED");

		JsonNode seen = json(call(mei, get(path(""))).andExpect(status().isOk()));
		assertThat(seen.get("status").asString()).isEqualTo("PUBLISHED");
		assertThat(seen.get("score").isNull()).isTrue();
		assertThat(seen.get("publishedAt").isNull()).isFalse();
		assertThat(codes(seen)).isEqualTo(codes(draft));
	}

	@Test
	void onlyTheShopsSupervisorsSolvePinAndPublish() throws Exception {
		call(mei, post(path("/solve"))).andExpect(status().isForbidden());
		call(mei, post(path("/publish"))).andExpect(status().isForbidden());
		call(mei,
				put(path("/assignments")).contentType(MediaType.APPLICATION_JSON)
					.content("[{\"agent\": \"" + mei.username() + "\", \"date\": \"2027-02-10\", \"shift\": null}]"))
			.andExpect(status().isForbidden());
		call(stranger, get(path(""))).andExpect(status().isForbidden());
		call(stranger, post(path("/solve"))).andExpect(status().isForbidden());
	}

	@Test
	void aSecondSolveWaitsForTheFirstAndPinsWaitToo() throws Exception {
		call(boss, post(path("/solve")).contentType(MediaType.APPLICATION_JSON).content("{\"seconds\": 30}"))
			.andExpect(status().isAccepted());

		call(boss, post(path("/solve"))).andExpect(status().isConflict());
		call(boss,
				put(path("/assignments")).contentType(MediaType.APPLICATION_JSON)
					.content("[{\"agent\": \"" + mei.username() + "\", \"date\": \"2027-02-10\", \"shift\": null}]"))
			.andExpect(status().isConflict());
		assertThat(json(call(boss, get(path(""))).andExpect(status().isOk())).get("status").asString())
			.isEqualTo("SOLVING");

		call(boss, delete(path("/solve"))).andExpect(status().isNoContent());
		JsonNode roster = solved();
		assertThat(roster.get("assignments")).hasSize(4 * MONTH.lengthOfMonth());
	}

	@Test
	void badCellsAndMonthsAreRefusedNamingTheField() throws Exception {
		assertThat(problem(put(path("/assignments")), "[{\"agent\": \"nobody\", \"date\": \"2027-02-10\"}]"))
			.contains("[0].agent");
		assertThat(problem(put(path("/assignments")),
				"[{\"agent\": \"" + mei.username() + "\", \"date\": \"2027-03-01\", \"shift\": \"D\"}]"))
			.contains("[0].date");
		assertThat(problem(put(path("/assignments")),
				"[{\"agent\": \"" + mei.username() + "\", \"date\": \"2027-02-01\", \"shift\": \"X\"}]"))
			.contains("[0].shift");
		assertThat(problem(put(path("/assignments")), "[null]")).contains("[0]");
		assertThat(problem(put(path("/assignments")), "[]")).contains("assignments");
		assertThat(problem(post(path("/solve")), "{\"seconds\": 100000}")).contains("seconds");
		String bad = body(call(boss, get("/api/v1/shops/" + shop.id().value() + "/rosters/2027-13"))
			.andExpect(status().isBadRequest()));
		assertThat(bad).contains("month");
		assertThat(json(call(boss, get(path(""))).andExpect(status().isOk())).get("status").asString())
			.isEqualTo("NONE");
	}

	@Test
	void supervisorsSetTheShiftsRestDaysAndWeightsAndAgentsReadThem() throws Exception {
		String settings = "/api/v1/shops/" + shop.id().value() + "/settings/roster";
		JsonNode defaults = json(call(mei, get(settings)).andExpect(status().isOk()));
		assertThat(defaults.get("daysOff").asInt()).isEqualTo(4);
		assertThat(defaults.get("shifts")).hasSize(3);
		assertThat(defaults.get("weights").get("hoursBalance").asInt()).isEqualTo(1);

		String body = """
				{"shifts": [{"code": "E", "name": "早班", "start": "08:30", "end": "16:30", "group": "PRE_SALES"},
				            {"code": "L", "name": "晚班", "start": "15:00", "end": "23:00"}],
				 "daysOff": 5, "solveSeconds": 20,
				 "weights": {"hoursBalance": 2, "lastMonth": 0, "requestedOff": 5, "weekends": 1}}
				""";
		call(mei, put(settings).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isForbidden());
		JsonNode saved = json(call(boss, put(settings).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isOk()));
		assertThat(saved.get("shifts")).extracting((shift) -> shift.get("code").asString()).containsExactly("E", "L");
		assertThat(saved.get("shifts").get(1).get("group").asString()).isEqualTo("BOTH");
		JsonNode read = json(call(boss, get(settings)).andExpect(status().isOk()));
		assertThat(read).isEqualTo(saved);
		assertThat(read.get("weights").get("requestedOff").asInt()).isEqualTo(5);

		assertThat(problem(put(settings), "{\"daysOff\": 40}")).contains("daysOff");
		assertThat(problem(put(settings),
				"{\"weights\": {\"hoursBalance\": -1, \"lastMonth\": 1, " + "\"requestedOff\": 1, \"weekends\": 1}}"))
			.contains("hoursBalance");
		assertThat(problem(put(settings),
				"{\"shifts\": [{\"code\": \"早\", \"name\": \"早班\", " + "\"start\": \"08:30\", \"end\": \"16:30\"}]}"))
			.contains("shifts[0].code");
		assertThat(problem(put(settings), "{\"shifts\": [null]}")).contains("shifts[0]");
		assertThat(problem(put(settings), "{\"shifts\": []}")).contains("shifts");
		assertThat(json(call(boss, get(settings)).andExpect(status().isOk()))).isEqualTo(saved);
	}

	private String problem(MockHttpServletRequestBuilder request, String content) throws Exception {
		return body(call(boss, request.contentType(MediaType.APPLICATION_JSON).content(content))
			.andExpect(status().isBadRequest()));
	}

	private JsonNode solved() {
		List<JsonNode> last = new ArrayList<>();
		await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() -> {
			JsonNode roster = json(call(boss, get(path(""))).andExpect(status().isOk()));
			last.clear();
			last.add(roster);
			return !roster.get("status").asString().equals("SOLVING");
		});
		return last.get(0);
	}

	private static Map<String, String> codes(JsonNode roster) {
		Map<String, String> codes = new HashMap<>();
		for (JsonNode cell : roster.get("assignments")) {
			codes.put(cell.get("agent").asString() + "/" + cell.get("date").asString(),
					cell.get("shift").isNull() ? "" : cell.get("shift").asString());
		}
		return codes;
	}

	private static JsonNode cell(JsonNode roster, Agent agent, String date) {
		for (JsonNode cell : roster.get("assignments")) {
			if (cell.get("agent").asString().equals(agent.username()) && cell.get("date").asString().equals(date)) {
				return cell;
			}
		}
		throw new AssertionError("no cell of " + agent.username() + " on " + date + " in " + roster);
	}

	private String path(String tail) {
		return "/api/v1/shops/" + shop.id().value() + "/rosters/" + MONTH + tail;
	}

	private ResultActions call(Agent who, MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(as(who)).with(csrf()));
	}

	private static String body(ResultActions result) throws Exception {
		return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private static JsonNode json(ResultActions result) throws Exception {
		return JSON.readTree(body(result));
	}

	private RequestPostProcessor as(Agent agent) {
		return user(accounts.loadUserByUsername(agent.username()));
	}

}
