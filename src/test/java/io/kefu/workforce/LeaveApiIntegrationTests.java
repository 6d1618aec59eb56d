package io.kefu.workforce;

import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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
import tools.jackson.databind.JsonNode;

import static io.kefu.workforce.RosterDesks.body;
import static io.kefu.workforce.RosterDesks.cell;
import static io.kefu.workforce.RosterDesks.json;
import static io.kefu.workforce.RosterDesks.pinned;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Leave (请假) asked for, approved and repaired on a published March, and requested days
 * off (wishes) for April.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LeaveApiIntegrationTests {

	private static final YearMonth MONTH = YearMonth.of(2027, 3);

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
	RosterSettings.Store settings;

	RosterDesks desk;

	Shop shop;

	Agent boss;

	Agent mei;

	Agent jie;

	Agent lu;

	Agent stranger;

	/**
	 * mei works D and is off the 1st to 3rd and the 11th; jie and lu work D and H, off
	 * the 4th to 7th.
	 */
	@BeforeEach
	void aPublishedMarch() throws Exception {
		ShopFixture fixture = new ShopFixture(shops, products, staff);
		String suffix = Long.toString(System.nanoTime() % 1_000_000_000L);
		desk = new RosterDesks(mvc, accounts);
		shop = fixture.shop("请假店" + suffix);
		boss = fixture.account(shop, "lv-boss" + suffix, Role.SUPERVISOR);
		mei = fixture.account(shop, "lv-mei" + suffix, Role.PRE_SALES);
		jie = fixture.account(shop, "lv-jie" + suffix, Role.PRE_SALES);
		lu = fixture.account(shop, "lv-lu" + suffix, Role.PRE_SALES);
		stranger = fixture.account(fixture.shop("别家" + suffix), "lv-x" + suffix, Role.SUPERVISOR);
		settings.save(shop.id(), new RosterSettings(Shift.defaults(), 4, 5, RosterWeights.DEFAULTS), boss.id());
		desk.publish(boss, shop.id().value(), MONTH, List.of(mei, jie, lu), (agent, day) -> {
			int d = day.getDayOfMonth();
			if (agent.equals(mei)) {
				return Set.of(1, 2, 3, 11).contains(d) ? null : "D";
			}
			return d >= 4 && d <= 7 ? null : agent.equals(lu) ? "H" : "D";
		});
	}

	@Test
	void approvedLeaveIsDaysOffInThePublishedRosterAndTheDraftIsRepairedFromItsFirstDay() throws Exception {
		JsonNode requested = json(request(mei, "", "2027-03-15", "2027-03-17", "病假").andExpect(status().isCreated()));
		assertThat(requested.get("status").asString()).isEqualTo("REQUESTED");
		assertThat(requested.get("agent").asString()).isEqualTo(mei.username());
		assertThat(requested.get("days").asInt()).isEqualTo(3);

		JsonNode approved = json(step(boss, requested.get("id").asLong(), "approve").andExpect(status().isOk()));

		assertThat(approved.get("status").asString()).isEqualTo("APPROVED");
		assertThat(approved.get("repairing")).extracting(JsonNode::asString).containsExactly("2027-03");
		JsonNode published = json(desk.call(jie, get(roster(MONTH))));
		assertThat(cell(published, mei, "2027-03-15")).isEmpty();
		assertThat(cell(published, mei, "2027-03-17")).isEmpty();
		assertThat(cell(published, mei, "2027-03-18")).isEqualTo("D");
		JsonNode draft = solved();
		for (int d = 15; d <= 17; d++) {
			assertThat(cell(draft, mei, "2027-03-" + d)).isEmpty();
		}
		for (int d = 1; d < 15; d++) {
			String date = String.format("2027-03-%02d", d);
			assertThat(cell(draft, mei, date)).isEqualTo(Set.of(1, 2, 3, 11).contains(d) ? "" : "D");
			assertThat(cell(draft, lu, date)).isEqualTo(d >= 4 && d <= 7 ? "" : "H");
			assertThat(pinned(draft, lu, date)).isFalse();
		}
		assertThat(draft.get("violations").toString()).doesNotContain("leave respected");
	}

	@Test
	void aSupervisorFilesLeaveForAnAgentAndAnAgentOnlyForThemselves() throws Exception {
		JsonNode filed = json(
				request(boss, jie.username(), "2027-03-20", "2027-03-20", "婚假").andExpect(status().isCreated()));
		assertThat(filed.get("agent").asString()).isEqualTo(jie.username());

		request(mei, jie.username(), "2027-03-22", "2027-03-22", "代请").andExpect(status().isForbidden());
		assertThat(body(
				request(boss, stranger.username(), "2027-03-22", "2027-03-22", "x").andExpect(status().isNotFound())))
			.contains("agent");
	}

	@Test
	void overlappingLeaveOfTheSameAgentIsRefused() throws Exception {
		request(mei, "", "2027-03-15", "2027-03-17", "病假").andExpect(status().isCreated());

		assertThat(body(request(mei, "", "2027-03-17", "2027-03-20", "事假").andExpect(status().isConflict())))
			.contains("firstDay");
		request(jie, "", "2027-03-17", "2027-03-20", "事假").andExpect(status().isCreated());
	}

	@Test
	void badLeaveIsRefusedNamingTheField() throws Exception {
		assertThat(body(request(mei, "", "2027-03-17", "2027-03-15", "x").andExpect(status().isBadRequest())))
			.contains("lastDay");
		assertThat(body(request(mei, "", "2027-03-01", "2027-05-02", "x").andExpect(status().isBadRequest())))
			.contains("lastDay");
		request(mei, "", "2027-03-01", "2027-05-01", "x").andExpect(status().isCreated());
		assertThat(body(request(mei, "", "2027-06-01", "2027-06-01", " ").andExpect(status().isBadRequest())))
			.contains("reason");
		assertThat(
				body(request(mei, "", "2027-06-01", "2027-06-01", "很".repeat(501)).andExpect(status().isBadRequest())))
			.contains("reason");
		assertThat(body(desk.post(mei, path(""), "{\"lastDay\": \"2027-06-01\", \"reason\": \"x\"}")
			.andExpect(status().isBadRequest()))).contains("firstDay");
	}

	@Test
	void eachStepIsTakenOnlyByWhoMayTakeIt() throws Exception {
		long id = json(request(mei, "", "2027-03-15", "2027-03-16", "病假")).get("id").asLong();

		step(mei, id, "approve").andExpect(status().isForbidden());
		step(jie, id, "withdraw").andExpect(status().isForbidden());
		desk.post(stranger, "/api/v1/shops/" + stranger.shopId().value() + "/leave/" + id + "/approve", "")
			.andExpect(status().isNotFound());
		desk.post(stranger, path("/" + id + "/approve"), "").andExpect(status().isForbidden());
		assertThat(json(step(boss, id, "refuse").andExpect(status().isOk())).get("status").asString())
			.isEqualTo("REFUSED");
		step(boss, id, "approve").andExpect(status().isConflict());
		step(mei, id, "withdraw").andExpect(status().isConflict());

		long second = json(request(mei, "", "2027-03-20", "2027-03-20", "事假")).get("id").asLong();
		assertThat(json(step(mei, second, "withdraw").andExpect(status().isOk())).get("status").asString())
			.isEqualTo("WITHDRAWN");
	}

	@Test
	void agentsReadTheirOwnLeaveAndSupervisorsEveryones() throws Exception {
		request(mei, "", "2027-03-15", "2027-03-16", "病假").andExpect(status().isCreated());
		request(jie, "", "2027-02-27", "2027-03-02", "年假").andExpect(status().isCreated());

		assertThat(json(desk.call(boss, get(path("?month=2027-03"))))).hasSize(2);
		assertThat(json(desk.call(mei, get(path("?month=2027-03"))))).hasSize(1);
		assertThat(json(desk.call(jie, get(path("?month=2027-02"))))).hasSize(1);
		assertThat(json(desk.call(mei, get(path("?month=2027-04"))))).isEmpty();
	}

	@Test
	void anAgentWishesDaysOffForAMonthAndSupervisorsReadEveryonesWishes() throws Exception {
		JsonNode set = json(wish(mei, "[\"2027-04-09\", \"2027-04-02\"]").andExpect(status().isOk()));
		assertThat(set.get("wishes").get(0).get("days")).extracting(JsonNode::asString)
			.containsExactly("2027-04-02", "2027-04-09");
		wish(jie, "[\"2027-04-05\"]").andExpect(status().isOk());

		JsonNode own = json(desk.call(mei, get(roster(YearMonth.of(2027, 4)) + "/wishes")));
		assertThat(own.get("wishes")).hasSize(1);
		assertThat(own.get("wishes").get(0).get("agent").asString()).isEqualTo(mei.username());
		JsonNode all = json(desk.call(boss, get(roster(YearMonth.of(2027, 4)) + "/wishes")));
		assertThat(all.get("wishes")).hasSize(2);

		assertThat(body(wish(mei, "[\"2027-05-01\"]").andExpect(status().isBadRequest()))).contains("days[0]");
		List<String> nine = new ArrayList<>();
		for (int d = 1; d <= 9; d++) {
			nine.add("\"2027-04-0" + d + "\"");
		}
		assertThat(body(wish(mei, nine.toString()).andExpect(status().isBadRequest()))).contains("days");
		assertThat(body(wish(mei, "[\"2027-04-02\", \"2027-04-02\"]").andExpect(status().isBadRequest())))
			.contains("days[1]");
		desk.call(stranger, get(roster(YearMonth.of(2027, 4)) + "/wishes")).andExpect(status().isForbidden());
		assertThat(json(wish(mei, "[]")).get("wishes").get(0).get("days")).isEmpty();
	}

	private ResultActions wish(Agent who, String days) throws Exception {
		return desk.call(who, put(roster(YearMonth.of(2027, 4)) + "/wishes").contentType(MediaType.APPLICATION_JSON)
			.content("{\"days\": " + days + "}"));
	}

	private JsonNode solved() {
		List<JsonNode> last = new ArrayList<>();
		await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() -> {
			JsonNode roster = json(desk.call(boss, get(roster(MONTH))).andExpect(status().isOk()));
			last.clear();
			last.add(roster);
			return !roster.get("status").asString().equals("SOLVING");
		});
		return last.get(0);
	}

	private ResultActions request(Agent who, String agent, String first, String last, String reason) throws Exception {
		return desk.post(who, path(""), "{\"agent\": \"" + agent + "\", \"firstDay\": \"" + first
				+ "\", \"lastDay\": \"" + last + "\", \"reason\": \"" + reason + "\"}");
	}

	private ResultActions step(Agent who, long id, String step) throws Exception {
		return desk.post(who, path("/" + id + "/" + step), "");
	}

	private String path(String tail) {
		return "/api/v1/shops/" + shop.id().value() + "/leave" + tail;
	}

	private String roster(YearMonth month) {
		return "/api/v1/shops/" + shop.id().value() + "/rosters/" + month;
	}

}
