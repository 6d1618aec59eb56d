package io.kefu.workforce;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

import static io.kefu.workforce.RosterDesks.body;
import static io.kefu.workforce.RosterDesks.cell;
import static io.kefu.workforce.RosterDesks.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The roster, swaps, leave and wishes used carelessly or with ill intent: another shop's
 * numbers and agents, roles that only read, malformed months, bodies and dates, a shift
 * removed while cells still name it, solves that collide or died with their process. Each
 * ends in a 4xx naming what is wrong, or in a clean success; never a 500, never half
 * written.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RosterMisuseIntegrationTests {

	private static final YearMonth MONTH = YearMonth.of(2027, 5);

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

	@Autowired
	JdbcClient jdbc;

	RosterDesks desk;

	ShopFixture fixture;

	Shop shop;

	Agent boss;

	Agent mei;

	Agent jie;

	Agent owner;

	Agent trainer;

	Agent clerk;

	Shop other;

	Agent otherBoss;

	Agent otherAgent;

	String suffix;

	/** mei works D but is off the 1st to 4th, jie works N but is off the 5th to 8th. */
	@BeforeEach
	void aPublishedMayAndAnotherShop() throws Exception {
		fixture = new ShopFixture(shops, products, staff);
		suffix = Long.toString(System.nanoTime() % 1_000_000_000L);
		desk = new RosterDesks(mvc, accounts);
		shop = fixture.shop("滥用店" + suffix);
		boss = fixture.account(shop, "ab-boss" + suffix, Role.SUPERVISOR);
		mei = fixture.account(shop, "ab-mei" + suffix, Role.PRE_SALES);
		jie = fixture.account(shop, "ab-jie" + suffix, Role.PRE_SALES);
		owner = fixture.account(shop, "ab-own" + suffix, Role.OWNER);
		trainer = fixture.account(shop, "ab-tr" + suffix, Role.TRAINER);
		clerk = fixture.account(shop, "ab-cl" + suffix, Role.ORDER_CLERK);
		other = fixture.shop("别家滥用" + suffix);
		otherBoss = fixture.account(other, "ab-xboss" + suffix, Role.SUPERVISOR);
		otherAgent = fixture.account(other, "ab-xmei" + suffix, Role.PRE_SALES);
		desk.publish(boss, id(), MONTH, List.of(mei, jie), (agent, day) -> {
			int d = day.getDayOfMonth();
			if (agent.equals(mei)) {
				return d <= 4 ? null : "D";
			}
			return d >= 5 && d <= 8 ? null : "N";
		});
	}

	// another shop's numbers and agents

	@Test
	void anotherShopsSupervisorReachesNothingOfThisShop() throws Exception {
		long swap = acceptedSwap();
		long leave = requestedLeave(mei, "2027-05-20", "2027-05-21");
		for (MockHttpServletRequestBuilder request : List.of(get(roster("")), post(roster("/solve")),
				delete(roster("/solve")), post(roster("/publish")), get(roster("/wishes")),
				get(api("/swaps?month=" + MONTH)), get(api("/leave?month=" + MONTH)),
				post(api("/swaps/" + swap + "/approve")), post(api("/leave/" + leave + "/approve")),
				get(api("/settings/roster")), get(page("/rosters/" + MONTH)), get(page("/rosters/" + MONTH + ".xlsx")),
				get(page("/swaps")))) {
			desk.call(otherBoss, request).andExpect(status().isForbidden());
		}
		desk.call(otherBoss, withJson(put(roster("/assignments")), cells(mei, "2027-05-10", null)))
			.andExpect(status().isForbidden());
	}

	@Test
	void thisShopsNumbersUnderAnotherShopsPathAreNotFound() throws Exception {
		long swap = acceptedSwap();
		long leave = requestedLeave(mei, "2027-05-20", "2027-05-21");
		String there = "/api/v1/shops/" + other.id().value();
		desk.call(otherBoss, post(there + "/swaps/" + swap + "/approve")).andExpect(status().isNotFound());
		desk.call(otherBoss, post(there + "/swaps/" + swap + "/refuse")).andExpect(status().isNotFound());
		desk.call(otherBoss, post(there + "/leave/" + leave + "/approve")).andExpect(status().isNotFound());
		desk.call(otherAgent, post(there + "/leave/" + leave + "/withdraw")).andExpect(status().isNotFound());
		// nothing changed here
		assertThat(json(desk.call(boss, get(api("/swaps?month=" + MONTH)))).get(0).get("status").asString())
			.isEqualTo("ACCEPTED");
		assertThat(json(desk.call(boss, get(api("/leave?month=" + MONTH)))).get(0).get("status").asString())
			.isEqualTo("REQUESTED");
	}

	@Test
	void anotherShopsAgentCannotBeNamedInPinsSwapsOrLeave() throws Exception {
		assertThat(body(desk.call(boss, withJson(put(roster("/assignments")), cells(otherAgent, "2027-05-10", "D")))
			.andExpect(status().isBadRequest()))).contains("[0].agent");
		desk.post(boss, api("/swaps"), swapBody("2027-05-20", mei, otherAgent)).andExpect(status().isNotFound());
		desk.post(boss, api("/swaps"), swapBody("2027-05-20", otherAgent, mei)).andExpect(status().isNotFound());
		desk.post(boss, api("/leave"),
				"{\"agent\": \"" + otherAgent.username()
						+ "\", \"firstDay\": \"2027-05-20\", \"lastDay\": \"2027-05-20\", \"reason\": \"病\"}")
			.andExpect(status().isNotFound());
		// an agent of this shop names someone else as the proposer
		desk.post(mei, api("/swaps"), swapBody("2027-05-20", jie, mei)).andExpect(status().isForbidden());
		desk.post(mei, api("/leave"),
				"{\"agent\": \"" + jie.username()
						+ "\", \"firstDay\": \"2027-05-20\", \"lastDay\": \"2027-05-20\", \"reason\": \"病\"}")
			.andExpect(status().isForbidden());
	}

	// roles

	@Test
	void theOwnerTrainerAndClerkReadThePublishedRosterAndChangeNothing() throws Exception {
		for (Agent reader : List.of(owner, trainer, clerk)) {
			JsonNode seen = json(desk.call(reader, get(roster(""))).andExpect(status().isOk()));
			assertThat(seen.get("status").asString()).isEqualTo("PUBLISHED");
			assertThat(cell(seen, mei, "2027-05-10")).isEqualTo("D");
			desk.call(reader, get(page("/rosters/" + MONTH))).andExpect(status().isOk());
			desk.call(reader, get(page("/rosters/" + MONTH + ".xlsx"))).andExpect(status().isOk());
			desk.call(reader, get(page("/swaps"))).andExpect(status().isOk());
			desk.call(reader, post(roster("/solve"))).andExpect(status().isForbidden());
			desk.call(reader, post(roster("/publish"))).andExpect(status().isForbidden());
			desk.call(reader, withJson(put(roster("/assignments")), cells(mei, "2027-05-10", null)))
				.andExpect(status().isForbidden());
			desk.call(reader, withJson(put(api("/settings/roster")), "{}")).andExpect(status().isForbidden());
			// not on the roster: no wishes, no leave, no swaps of their own
			desk.call(reader, withJson(put(roster("/wishes")), "{\"days\": []}")).andExpect(status().isForbidden());
			desk.post(reader, api("/leave"),
					"{\"firstDay\": \"2027-05-20\", \"lastDay\": \"2027-05-20\", \"reason\": \"病\"}")
				.andExpect(status().isNotFound());
			desk.post(reader, api("/swaps"), swapBody("2027-05-20", reader, mei))
				.andExpect(status().is4xxClientError());
			assertThat(json(desk.call(reader, get(api("/swaps?month=" + MONTH))).andExpect(status().isOk()))).isEmpty();
		}
	}

	@Test
	void anAgentReadsOnlyTheirOwnWishesLeaveAndSwaps() throws Exception {
		desk.call(jie, withJson(put(roster("/wishes")), "{\"days\": [\"2027-05-09\"]}")).andExpect(status().isOk());
		requestedLeave(jie, "2027-05-20", "2027-05-21");
		JsonNode wishes = json(desk.call(mei, get(roster("/wishes"))).andExpect(status().isOk()));
		assertThat(wishes.get("wishes")).hasSize(1);
		assertThat(wishes.get("wishes").get(0).get("agent").asString()).isEqualTo(mei.username());
		assertThat(wishes.get("wishes").get(0).get("days")).isEmpty();
		assertThat(json(desk.call(mei, get(api("/leave?month=" + MONTH))).andExpect(status().isOk()))).isEmpty();
		assertThat(json(desk.call(boss, get(api("/leave?month=" + MONTH))).andExpect(status().isOk()))).hasSize(1);
		long leave = json(desk.call(boss, get(api("/leave?month=" + MONTH)))).get(0).get("id").asLong();
		desk.call(mei, post(api("/leave/" + leave + "/withdraw"))).andExpect(status().isForbidden());
		desk.call(mei, post(api("/leave/" + leave + "/approve"))).andExpect(status().isForbidden());
	}

	@Test
	void anAgentCannotTakeTheColleaguesOrTheSupervisorsStepOfASwap() throws Exception {
		long swap = json(
				desk.post(mei, api("/swaps"), swapBody("2027-05-20", mei, jie)).andExpect(status().isCreated()))
			.get("id")
			.asLong();
		desk.call(mei, post(api("/swaps/" + swap + "/accept"))).andExpect(status().isForbidden());
		desk.call(jie, post(api("/swaps/" + swap + "/withdraw"))).andExpect(status().isForbidden());
		desk.call(jie, post(api("/swaps/" + swap + "/accept"))).andExpect(status().isOk());
		desk.call(jie, post(api("/swaps/" + swap + "/approve"))).andExpect(status().isForbidden());
		desk.call(owner, post(api("/swaps/" + swap + "/approve"))).andExpect(status().isForbidden());
		desk.call(boss, post(api("/swaps/" + swap + "/accept"))).andExpect(status().isForbidden());
	}

	// malformed input

	@Test
	void badMonthsAreRefusedByTheApiAndThePages() throws Exception {
		for (String month : List.of("2027-00", "2027-13", "99999-01", "abc", "+2027-01", "2027-1", "1999-12", "0000-01",
				"-2027-01", "2027-05-01")) {
			for (String path : List.of(rosterOf(month, ""), rosterOf(month, "/wishes"))) {
				assertThat(body(desk.call(boss, get(path)).andExpect(status().isBadRequest()))).contains("month");
			}
			desk.call(boss, withJson(post(rosterOf(month, "/solve")), "{}")).andExpect(status().isBadRequest());
			desk.call(boss, post(rosterOf(month, "/publish"))).andExpect(status().isBadRequest());
			desk.call(boss, delete(rosterOf(month, "/solve"))).andExpect(status().isBadRequest());
			desk.call(boss, get(api("/swaps?month=" + month))).andExpect(status().isBadRequest());
			desk.call(mei, get(api("/leave?month=" + month))).andExpect(status().isBadRequest());
			desk.call(boss, get(page("/rosters/" + month))).andExpect(status().isBadRequest());
			desk.call(mei, get(page("/rosters/" + month))).andExpect(status().isBadRequest());
			desk.call(boss, get(page("/rosters/" + month + ".xlsx"))).andExpect(status().isBadRequest());
		}
		desk.call(boss, get(api("/swaps"))).andExpect(status().isBadRequest());
	}

	@Test
	void theSwapsPageRefusesABadMonthOrDayWithA400() throws Exception {
		for (String month : List.of("abc", "2027-00", "99999-01")) {
			desk.call(mei, get(page("/swaps?month=" + month))).andExpect(status().isBadRequest());
			desk.call(boss, get(page("/swaps?month=" + month))).andExpect(status().isBadRequest());
		}
		desk.call(mei, get(page("/swaps?month=2027-05&day=abc"))).andExpect(status().isBadRequest());
		desk.call(mei, get(page("/swaps?month=2027-05&day=2027-06-31"))).andExpect(status().isBadRequest());
		// a day of another month is only a day without shifts
		desk.call(mei, get(page("/swaps?month=2027-05&day=2031-01-01"))).andExpect(status().isOk());
		desk.call(mei, post(page("/wishes")).param("month", "abc").param("days", "2027-05-10"))
			.andExpect(status().isBadRequest());
		desk.call(mei, post(page("/wishes")).param("month", "2027-05").param("days", "abc"))
			.andExpect(status().isBadRequest());
		long swap = acceptedSwap();
		desk.call(boss, post(page("/swaps/" + swap + "/approve")).param("month", "abc"))
			.andExpect(status().isBadRequest());
		desk.call(boss, post(page("/leave/1/approve")).param("month", "abc")).andExpect(status().isBadRequest());
		desk.call(boss, post(page("/swaps/" + swap + "/dance"))).andExpect(status().isNotFound());
		desk.call(boss, post(page("/swaps/abc/approve"))).andExpect(status().isBadRequest());
		// the swap is still waiting: a bad month changed nothing
		assertThat(json(desk.call(boss, get(api("/swaps?month=" + MONTH)))).get(0).get("status").asString())
			.isEqualTo("ACCEPTED");
	}

	@Test
	void malformedPinsAreRefusedNamingTheCell() throws Exception {
		String agent = mei.username();
		assertThat(pinProblem("{\"agent\": \"" + agent + "\"}")).isNotEmpty();
		assertThat(pinProblem("[1, 2]")).contains("[0]");
		assertThat(pinProblem("[{\"agent\": \"" + agent + "\", \"date\": \"2027-05-32\"}]")).contains("[0].date");
		assertThat(pinProblem("[{\"agent\": \"" + agent + "\", \"date\": \"2027-05-10\", \"pinned\": \"yes\"}]"))
			.contains("[0].pinned");
		assertThat(pinProblem("[{\"agent\": [\"" + agent + "\"], \"date\": \"2027-05-10\"}]")).contains("[0].agent");
		assertThat(pinProblem("[{\"agent\": \"" + agent + "\", \"date\": \"2027-05-10\", \"shift\": \" D \"}]"))
			.contains("[0].shift");
		assertThat(pinProblem("[{\"agent\": \"" + agent + "\", \"date\": \"2027-05-10\", \"shift\": \"白班\"}]"))
			.contains("[0].shift");
		assertThat(pinProblem("[{\"agent\": \"" + agent + "\", \"date\": \"2027-05-10\", \"shift\": \"D\\u0000\"}]"))
			.contains("[0].shift");
		assertThat(pinProblem("[{\"agent\": \"" + agent + "\", \"date\": \"2027-05-10\", \"shift\": \"\\ud800\"}]"))
			.contains("[0].shift");
		assertThat(pinProblem("[{\"agent\": \"" + agent + "\", \"date\": \"+999999999-12-31\"}]")).contains("[0].date");
		assertThat(pinProblem("[{\"agent\": \"" + agent + "\", \"date\": 99999999999}]")).contains("[0].date");
		assertThat(pinProblem("[{\"agent\": \"" + agent + "\", \"date\": [99999, 99, 99]}]")).contains("[0].date");
		assertThat(pinProblem("[{\"agent\": \"" + agent + "\", \"date\": \"2027-05-10\"}, null]")).contains("[1]");
		assertThat(pinProblem("[{\"agent\": null, \"date\": \"2027-05-10\"}]")).contains("agent");
		assertThat(pinProblem("[{\"agent\": \"" + agent + "\"}]")).contains("date");
		assertThat(pinProblem("null")).isNotEmpty();
		assertThat(pinProblem("")).isNotEmpty();
		assertThat(pinProblem("[{")).isNotEmpty();
		StringBuilder many = new StringBuilder("[");
		for (int i = 0; i < 100_000; i++) {
			many.append(i == 0 ? "" : ",")
				.append("{\"agent\": \"")
				.append(agent)
				.append("\", \"date\": \"2027-05-10\"}");
		}
		assertThat(pinProblem(many.append("]").toString())).contains("assignments");
		// nothing was written
		assertThat(json(desk.call(boss, get(roster("")))).get("status").asString()).isEqualTo("PUBLISHED");
	}

	@Test
	void aTenMegabyteBodyIsRefusedWithoutA500() throws Exception {
		String note = "x".repeat(10 * 1024 * 1024);
		desk.post(mei, api("/swaps"), "{\"date\": \"2027-05-20\", \"from\": \"" + mei.username() + "\", \"to\": \""
				+ jie.username() + "\", \"note\": \"" + note + "\"}")
			.andExpect(status().is4xxClientError());
		desk.call(boss,
				withJson(put(api("/settings/roster")),
						"{\"shifts\": [{\"code\": \"D\", \"name\": \"" + note
								+ "\", \"start\": \"09:00\", \"end\": \"17:00\"}]}"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void badSolveSecondsAreRefusedNamingSeconds() throws Exception {
		for (String seconds : List.of("-1", "0", "4", "601", "2147483648", "99999999999999999999", "\"abc\"", "[]",
				"{}", "1e10")) {
			assertThat(body(desk.call(boss, withJson(post(roster("/solve")), "{\"seconds\": " + seconds + "}"))
				.andExpect(status().isBadRequest()))).as(seconds).contains("seconds");
		}
		desk.call(boss, withJson(post(roster("/solve")), "[]")).andExpect(status().isBadRequest());
		assertThat(json(desk.call(boss, get(roster("")))).get("status").asString()).isEqualTo("PUBLISHED");
	}

	@Test
	void badShiftSettingsAreRefusedNamingTheShift() throws Exception {
		String settings = api("/settings/roster");
		for (String shift : List.of("{\"code\": \"D D\", \"name\": \"白班\", \"start\": \"09:00\", \"end\": \"17:00\"}",
				"{\"code\": \"白\", \"name\": \"白班\", \"start\": \"09:00\", \"end\": \"17:00\"}",
				"{\"code\": \"D\", \"name\": \"白\\u0000班\", \"start\": \"09:00\", \"end\": \"17:00\"}",
				"{\"code\": \"D\", \"name\": \"白\\udc00班\", \"start\": \"09:00\", \"end\": \"17:00\"}",
				"{\"code\": \"D\", \"name\": \"  \", \"start\": \"09:00\", \"end\": \"17:00\"}",
				"{\"code\": \"D\", \"name\": \"白班\", \"start\": \"25:00\", \"end\": \"17:00\"}",
				"{\"code\": \"D\", \"name\": \"白班\", \"start\": \"09:00\", \"end\": \"09:00\"}",
				"{\"code\": \"D\", \"name\": \"白班\", \"start\": 9, \"end\": \"17:00\"}",
				"{\"code\": \"D\", \"name\": \"白班\", \"start\": \"09:00\", \"end\": \"17:00\", \"group\": \"夜班\"}",
				"{\"code\": \"D\", \"name\": \"白班\"}")) {
			assertThat(body(desk.call(boss, withJson(put(settings), "{\"shifts\": [" + shift + "]}"))
				.andExpect(status().isBadRequest()))).as(shift).contains("shifts[0]");
		}
		// the form: a name with a control character or a bad line is told on the page
		desk.call(boss,
				post(page("/rosters/settings")).param("shifts", "D 白\u0001班 09:00-17:00")
					.param("daysOff", "4")
					.param("solveSeconds", "60")
					.param("hoursWeight", "1")
					.param("lastMonthWeight", "1")
					.param("requestedOffWeight", "1")
					.param("weekendsWeight", "1"))
			.andExpect(status().isBadRequest());
		desk.call(boss,
				post(page("/rosters/settings")).param("shifts", "D 白班 09:00-17:00")
					.param("daysOff", "x")
					.param("solveSeconds", "60")
					.param("hoursWeight", "1")
					.param("lastMonthWeight", "1")
					.param("requestedOffWeight", "1")
					.param("weekendsWeight", "1"))
			.andExpect(status().is3xxRedirection());
		assertThat(json(desk.call(boss, get(settings))).get("shifts")).hasSize(3);
	}

	@Test
	void aBadMonthOnTheSettingsFormSavesNothing() throws Exception {
		desk.call(boss,
				post(page("/rosters/settings")).param("shifts", "E 早班 08:30-16:30")
					.param("daysOff", "4")
					.param("solveSeconds", "60")
					.param("hoursWeight", "1")
					.param("lastMonthWeight", "1")
					.param("requestedOffWeight", "1")
					.param("weekendsWeight", "1")
					.param("month", "abc"))
			.andExpect(status().isBadRequest());
		assertThat(json(desk.call(boss, get(api("/settings/roster")))).get("shifts")).hasSize(3);
	}

	@Test
	void farDatesInSwapsLeaveAndWishesAreRefusedNamingTheField() throws Exception {
		for (String date : List.of("+999999999-12-31", "9999-12-31", "3000-01-01")) {
			assertThat(body(
					desk.post(mei, api("/swaps"), swapBody(date, mei, jie)).andExpect(status().is4xxClientError())))
				.contains("date");
		}
		for (String[] days : List.of(new String[] { "+999999999-12-01", "+999999999-12-31" },
				new String[] { "2027-05-01", "+999999999-12-31" }, new String[] { "-999999999-01-01", "2027-05-01" },
				new String[] { "2027-05-10", "2027-05-09" }, new String[] { "2027-05-01", "2027-08-01" })) {
			String problem = body(desk
				.post(mei, api("/leave"),
						"{\"firstDay\": \"" + days[0] + "\", \"lastDay\": \"" + days[1] + "\", \"reason\": \"病\"}")
				.andExpect(status().isBadRequest()));
			assertThat(problem).as(String.join(" ", days)).containsAnyOf("firstDay", "lastDay");
		}
		assertThat(body(desk.call(mei, withJson(put(roster("/wishes")), "{\"days\": [\"2027-05-10\", null]}"))
			.andExpect(status().isBadRequest()))).contains("days[1]");
		assertThat(body(desk.call(mei, withJson(put(roster("/wishes")), "{\"days\": [\"2027-06-01\"]}"))
			.andExpect(status().isBadRequest()))).contains("days[0]");
		assertThat(body(desk.call(mei, withJson(put(roster("/wishes")), "{\"days\": \"2027-05-10\"}"))
			.andExpect(status().isBadRequest()))).contains("days");
		assertThat(body(desk.call(mei, withJson(put(roster("/wishes")), "{}")).andExpect(status().isBadRequest())))
			.contains("days");
		assertThat(json(desk.call(boss, get(api("/leave?month=" + MONTH)))).isEmpty()).isTrue();
	}

	@Test
	void aNoteOrReasonWithAControlCharacterIsRefusedNamingIt() throws Exception {
		assertThat(body(desk
			.post(mei, api("/swaps"),
					"{\"date\": \"2027-05-20\", \"from\": \"" + mei.username() + "\", \"to\": \"" + jie.username()
							+ "\", \"note\": \"a\\u0000b\"}")
			.andExpect(status().isBadRequest()))).contains("note");
		assertThat(body(desk
			.post(mei, api("/leave"),
					"{\"firstDay\": \"2027-05-20\", \"lastDay\": \"2027-05-20\", \"reason\": \"\\ud83d\"}")
			.andExpect(status().isBadRequest()))).contains("reason");
		desk.call(mei,
				post(page("/swaps")).param("date", "2027-05-20").param("to", jie.username()).param("note", "a\u0000b"))
			.andExpect(status().isBadRequest());
		assertThat(json(desk.call(boss, get(api("/swaps?month=" + MONTH))))).isEmpty();
	}

	// a shift removed while cells name it

	@Test
	void aShiftRemovedFromTheSettingsLeavesEveryViewAndStepWorking() throws Exception {
		// rest around the 20th so that mei may take jie's 晚班 that day
		desk.call(boss, withJson(put(roster("/assignments")), cells(mei, "2027-05-21", null)))
			.andExpect(status().isOk());
		desk.call(boss, withJson(put(roster("/assignments")), cells(jie, "2027-05-19", null)))
			.andExpect(status().isOk());
		desk.call(boss, post(roster("/publish"))).andExpect(status().isOk());
		desk.call(boss, withJson(put(roster("/assignments")), cells(mei, "2027-05-12", "H")))
			.andExpect(status().isOk());
		desk.call(boss,
				withJson(put(api("/settings/roster")),
						"{\"shifts\": [{\"code\": \"D\", \"name\": \"白班\", \"start\": \"09:00\", \"end\": \"17:30\"},"
								+ "{\"code\": \"H\", \"name\": \"半白班\", \"start\": \"10:00\", \"end\": \"15:30\"}]}"))
			.andExpect(status().isOk());

		JsonNode draft = json(desk.call(boss, get(roster(""))).andExpect(status().isOk()));
		assertThat(cell(draft, jie, "2027-05-10")).isEqualTo("N");
		JsonNode published = json(desk.call(mei, get(roster(""))).andExpect(status().isOk()));
		assertThat(published.get("shifts")).extracting((shift) -> shift.get("code").asString()).contains("N");
		for (Agent reader : List.of(boss, mei)) {
			desk.call(reader, get(page("/rosters/" + MONTH))).andExpect(status().isOk());
			desk.call(reader, get(page("/rosters/" + MONTH + ".xlsx"))).andExpect(status().isOk());
			desk.call(reader, get(page("/swaps?month=2027-05&day=2027-05-20"))).andExpect(status().isOk());
		}
		// a swap of a removed shift still trades what was published
		long swap = json(
				desk.post(mei, api("/swaps"), swapBody("2027-05-20", mei, jie)).andExpect(status().isCreated()))
			.get("id")
			.asLong();
		desk.call(jie, post(api("/swaps/" + swap + "/accept"))).andExpect(status().isOk());
		desk.call(boss, post(api("/swaps/" + swap + "/approve"))).andExpect(status().is2xxSuccessful());
		assertThat(cell(json(desk.call(mei, get(roster("")))), mei, "2027-05-20")).isEqualTo("N");
	}

	@Test
	void publishingADraftThatNamesARemovedShiftIsRefusedNamingTheCell() throws Exception {
		desk.call(boss, withJson(put(api("/settings/roster")),
				"{\"shifts\": [{\"code\": \"D\", \"name\": \"白班\", \"start\": \"09:00\", \"end\": \"17:30\"}]}"))
			.andExpect(status().isOk());

		String problem = body(desk.call(boss, post(roster("/publish"))).andExpect(status().isConflict()));

		assertThat(problem).contains("N").contains(jie.username());
		JsonNode published = json(desk.call(mei, get(roster(""))));
		assertThat(cell(published, jie, "2027-05-10")).isEqualTo("N");
	}

	@Test
	void aSolveAfterAShiftWasRemovedReplacesItsCells() throws Exception {
		desk.call(boss,
				withJson(put(api("/settings/roster")),
						"{\"shifts\": [{\"code\": \"D\", \"name\": \"白班\", \"start\": \"09:00\", \"end\": \"17:30\"},"
								+ "{\"code\": \"E\", \"name\": \"晚\", \"start\": \"14:00\", \"end\": \"22:00\"},"
								+ "{\"code\": \"F\", \"name\": \"叠\", \"start\": \"12:00\", \"end\": \"20:00\"}]}"))
			.andExpect(status().isOk());
		desk.call(boss, withJson(post(roster("/solve")), "{\"seconds\": 5}")).andExpect(status().isAccepted());
		JsonNode solved = solved();
		assertThat(solved.get("assignments"))
			.allSatisfy((cell) -> assertThat(cell.get("shift").isNull() ? "" : cell.get("shift").asString()).isIn("",
					"D", "E", "F"));
		desk.call(boss, post(roster("/publish"))).andExpect(status().isOk());
	}

	// concurrency and state

	@Test
	void aShopWithoutAgentsCannotBeSolvedOrPublished() throws Exception {
		Shop empty = fixture.shop("空店" + suffix);
		Agent lonely = fixture.account(empty, "ab-lone" + suffix, Role.SUPERVISOR);
		String path = "/api/v1/shops/" + empty.id().value() + "/rosters/" + MONTH;
		assertThat(body(desk.call(lonely, withJson(post(path + "/solve"), "{\"seconds\": 5}"))
			.andExpect(status().isConflict()))).contains("no agents");
		desk.call(lonely, post(path + "/publish")).andExpect(status().isConflict());
		assertThat(json(desk.call(lonely, get(path)).andExpect(status().isOk())).get("status").asString())
			.isEqualTo("NONE");
		desk.call(lonely, get("/shops/" + empty.id().value() + "/rosters/" + MONTH)).andExpect(status().isOk());
		desk.call(lonely, get("/shops/" + empty.id().value() + "/rosters/" + MONTH + ".xlsx"))
			.andExpect(status().isOk());
	}

	@Test
	void twoSolvesAtOnceGiveOneJobAndOneConflict() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Callable<Integer>> calls = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				calls.add(() -> desk.call(boss, withJson(post(roster("/solve")), "{\"seconds\": 5}"))
					.andReturn()
					.getResponse()
					.getStatus());
			}
			List<Integer> codes = new ArrayList<>();
			for (Future<Integer> code : pool.invokeAll(calls)) {
				codes.add(code.get());
			}
			assertThat(codes).containsOnly(202, 409).containsOnlyOnce(202);
		}
		finally {
			pool.shutdown();
		}
		solved();
	}

	@Test
	void aSwapApprovedAfterTheMonthWasRepublishedDifferentlyIsRefused() throws Exception {
		long swap = acceptedSwap();
		desk.call(boss, withJson(put(roster("/assignments")), cells(mei, "2027-05-08", "H")))
			.andExpect(status().isOk());
		desk.call(boss, post(roster("/publish"))).andExpect(status().isOk());

		assertThat(body(desk.call(boss, post(api("/swaps/" + swap + "/approve"))).andExpect(status().isConflict())))
			.contains("changed");
		assertThat(cell(json(desk.call(mei, get(roster("")))), mei, "2027-05-08")).isEqualTo("H");
	}

	@Test
	void leaveAndSwapsWaitWhileTheMonthIsSolved() throws Exception {
		long swap = acceptedSwap();
		long leave = requestedLeave(mei, "2027-05-25", "2027-05-26");
		desk.call(boss, withJson(post(roster("/solve")), "{\"seconds\": 20}")).andExpect(status().isAccepted());

		desk.call(boss, post(api("/leave/" + leave + "/approve"))).andExpect(status().isConflict());
		desk.call(boss, post(api("/swaps/" + swap + "/approve"))).andExpect(status().isConflict());
		desk.call(boss, withJson(put(api("/settings/roster")), "{\"daysOff\": 5}")).andExpect(status().isOk());
		desk.call(boss, delete(roster("/solve"))).andExpect(status().isNoContent());
		solved();

		assertThat(json(desk.call(boss, post(api("/leave/" + leave + "/approve"))).andExpect(status().isOk()))
			.get("status")
			.asString()).isEqualTo("APPROVED");
		solved();
		assertThat(
				json(desk.call(boss, post(api("/swaps/" + swap + "/approve"))).andExpect(status().isOk())).get("status")
					.asString())
			.isEqualTo("APPROVED");
	}

	@Test
	void anAgentDisabledAfterTheDraftDropsOutOfItAndTheirSwapIsRefused() throws Exception {
		long swap = acceptedSwap();
		jdbc.sql("update agent set enabled = false where id = ?").param(jie.id().value()).update();

		JsonNode draft = json(desk.call(boss, get(roster(""))).andExpect(status().isOk()));
		assertThat(draft.get("agents")).hasSize(1);
		desk.call(boss, get(page("/rosters/" + MONTH))).andExpect(status().isOk());
		desk.call(boss, get(page("/rosters/" + MONTH + ".xlsx"))).andExpect(status().isOk());
		desk.call(boss, get(page("/swaps"))).andExpect(status().isOk());
		desk.call(boss, post(api("/swaps/" + swap + "/approve"))).andExpect(status().isConflict());
		desk.call(boss, post(roster("/publish"))).andExpect(status().isOk());
		desk.call(boss, withJson(post(roster("/solve")), "{\"seconds\": 5}")).andExpect(status().isAccepted());
		assertThat(solved().get("agents")).hasSize(1);
	}

	// a solve that died with its process

	@Test
	void aSolveDeadPastItsDeadlineAndGraceFreesTheMonth() throws Exception {
		long leave = requestedLeave(mei, "2027-05-25", "2027-05-26");
		long swap = acceptedSwap();
		Instant now = Instant.now();
		crashedSolve(now.minus(Duration.ofMinutes(10)), now.minus(Duration.ofMinutes(3)));

		JsonNode draft = json(desk.call(boss, get(roster(""))).andExpect(status().isOk()));
		assertThat(draft.get("status").asString()).isNotEqualTo("SOLVING");
		assertThat(draft.get("solving").isNull()).isTrue();
		desk.call(boss, delete(roster("/solve"))).andExpect(status().isNoContent());
		desk.call(boss, withJson(put(roster("/assignments")), cells(mei, "2027-05-10", "H")))
			.andExpect(status().isOk());
		desk.call(boss, post(roster("/publish"))).andExpect(status().isOk());
		desk.call(boss, post(api("/swaps/" + swap + "/approve"))).andExpect(status().isOk());
		desk.call(boss, post(api("/leave/" + leave + "/approve"))).andExpect(status().isOk());
		solved();
		desk.call(boss, withJson(post(roster("/solve")), "{\"seconds\": 5}")).andExpect(status().isAccepted());
		solved();
	}

	@Test
	void aSolveWithinItsGraceStillHoldsTheMonth() throws Exception {
		Instant now = Instant.now();
		crashedSolve(now.minus(Duration.ofMinutes(2)), now.minus(Duration.ofSeconds(30)));

		assertThat(json(desk.call(boss, get(roster("")))).get("status").asString()).isEqualTo("SOLVING");
		desk.call(boss, withJson(post(roster("/solve")), "{\"seconds\": 5}")).andExpect(status().isConflict());
		desk.call(boss, post(roster("/publish"))).andExpect(status().isConflict());
		desk.call(boss, withJson(put(roster("/assignments")), cells(mei, "2027-05-10", "H")))
			.andExpect(status().isConflict());
		desk.call(boss, get(page("/rosters/" + MONTH))).andExpect(status().isOk());
		desk.call(mei, get(roster(""))).andExpect(status().isOk());
	}

	private void crashedSolve(Instant since, Instant until) {
		jdbc.sql(
				"""
						update roster set solve_id = ?, solving_since = ?, solving_until = ?, best_score = '-1hard/0medium/0soft'
						where shop_id = ? and month = ?
						""")
			.params(UUID.randomUUID(), java.sql.Timestamp.from(since), java.sql.Timestamp.from(until), id(),
					java.sql.Date.valueOf(MONTH.atDay(1)))
			.update();
	}

	// helpers

	private long acceptedSwap() throws Exception {
		long swap = json(
				desk.post(mei, api("/swaps"), swapBody("2027-05-08", mei, jie)).andExpect(status().isCreated()))
			.get("id")
			.asLong();
		desk.call(jie, post(api("/swaps/" + swap + "/accept"))).andExpect(status().isOk());
		return swap;
	}

	private long requestedLeave(Agent agent, String first, String last) throws Exception {
		return json(desk
			.post(agent, api("/leave"),
					"{\"firstDay\": \"" + first + "\", \"lastDay\": \"" + last + "\", \"reason\": \"看病\"}")
			.andExpect(status().isCreated())).get("id").asLong();
	}

	private String pinProblem(String content) throws Exception {
		return body(desk.call(boss, withJson(put(roster("/assignments")), content)).andExpect(status().isBadRequest()));
	}

	private JsonNode solved() {
		List<JsonNode> last = new ArrayList<>();
		await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() -> {
			JsonNode roster = json(desk.call(boss, get(roster(""))).andExpect(status().isOk()));
			last.clear();
			last.add(roster);
			return !roster.get("status").asString().equals("SOLVING");
		});
		return last.get(0);
	}

	private static MockHttpServletRequestBuilder withJson(MockHttpServletRequestBuilder request, String content) {
		return request.contentType(MediaType.APPLICATION_JSON).content(content);
	}

	private static String cells(Agent agent, String date, String shift) {
		return "[{\"agent\": \"" + agent.username() + "\", \"date\": \"" + date + "\", \"shift\": "
				+ (shift == null ? "null" : "\"" + shift + "\"") + "}]";
	}

	private static String swapBody(String date, Agent from, Agent to) {
		return "{\"date\": \"" + date + "\", \"from\": \"" + from.username() + "\", \"to\": \"" + to.username() + "\"}";
	}

	private long id() {
		return shop.id().value();
	}

	private String api(String tail) {
		return "/api/v1/shops/" + id() + tail;
	}

	private String page(String tail) {
		return "/shops/" + id() + tail;
	}

	private String roster(String tail) {
		return rosterOf(MONTH.toString(), tail);
	}

	private String rosterOf(String month, String tail) {
		return "/api/v1/shops/" + id() + "/rosters/" + month + tail;
	}

}
