package io.kefu.workforce;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import io.kefu.access.Role;
import io.kefu.analytics.FigureRecompute;
import io.kefu.customer.Buyers;
import io.kefu.reception.Messages;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The staffing need of a Monday from two past Mondays of chats: busy at ten, a trickle at
 * three, nothing at night; a Tuesday evening's rush is another weekday's and does not
 * count.
 */
@SpringBootTest
@AutoConfigureMockMvc
class StaffingApiIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

	@Autowired
	MockMvc mvc;

	@Autowired
	Shops shops;

	@Autowired
	Products products;

	@Autowired
	Staff staff;

	@Autowired
	Buyers buyers;

	@Autowired
	Messages messages;

	@Autowired
	FigureRecompute recompute;

	@Autowired
	UserDetailsService accounts;

	Shop shop;

	Agent boss;

	Agent owner;

	Agent mei;

	Agent jie;

	Agent stranger;

	String suffix;

	@BeforeEach
	void twoMondaysOfChats() {
		ShopFixture fixture = new ShopFixture(shops, products, staff);
		suffix = Long.toString(System.nanoTime() % 1_000_000_000L);
		shop = fixture.shop("排班店" + suffix);
		boss = fixture.account(shop, "pb-boss" + suffix, Role.SUPERVISOR);
		owner = fixture.account(shop, "pb-owner" + suffix, Role.OWNER);
		mei = fixture.account(shop, "pb-mei" + suffix, Role.PRE_SALES);
		jie = fixture.account(shop, "pb-jie" + suffix, Role.PRE_SALES);
		Shop elsewhere = fixture.shop("别的店" + suffix);
		stranger = fixture.account(elsewhere, "pb-x" + suffix, Role.SUPERVISOR);
		ChatHistory history = new ChatHistory(buyers, messages, shop, List.of(mei, jie));
		for (LocalDate monday : List.of(MONDAY.minusWeeks(1), MONDAY.minusWeeks(2))) {
			history.chats(monday, LocalTime.of(10, 0), 30).chats(monday, LocalTime.of(15, 0), 2);
		}
		history.chats(MONDAY.minusDays(6), LocalTime.of(20, 0), 40);
		recompute.runQueued();
	}

	@Test
	void aSupervisorReadsMoreAgentsAtBusyHoursAndNoneAtNight() throws Exception {
		JsonNode need = json(staffing(boss, "day=" + MONDAY).andExpect(status().isOk()));

		assertThat(need.propertyNames()).containsExactly("target", "shrinkage", "intervals");
		assertThat(need.get("target").get("percent").asInt()).isEqualTo(80);
		assertThat(need.get("target").get("seconds").asInt()).isEqualTo(30);
		assertThat(need.get("shrinkage").asDouble()).isEqualTo(0.15);
		JsonNode intervals = need.get("intervals");
		assertThat(intervals).hasSize(48);
		JsonNode ten = intervals.get(20);
		assertThat(ten.propertyNames()).containsExactly("start", "arrivals", "handlingSeconds", "concurrency",
				"agentsNeeded");
		assertThat(ten.get("start").asString()).isEqualTo("10:00");
		assertThat(ten.get("arrivals").asDouble()).isEqualTo(30.0);
		assertThat(ten.get("handlingSeconds").asDouble()).isEqualTo(120.0);
		JsonNode three = intervals.get(30);
		assertThat(three.get("arrivals").asDouble()).isEqualTo(2.0);
		assertThat(ten.get("agentsNeeded").asInt()).isGreaterThan(three.get("agentsNeeded").asInt());
		assertThat(three.get("agentsNeeded").asInt()).isPositive();
		assertThat(intervals.get(6).get("arrivals").asDouble()).isZero();
		assertThat(intervals.get(6).get("agentsNeeded").asInt()).isZero();
		// Tuesday's evening rush is not Monday's
		assertThat(intervals.get(40).get("start").asString()).isEqualTo("20:00");
		assertThat(intervals.get(40).get("agentsNeeded").asInt()).isZero();
		for (JsonNode interval : intervals) {
			assertThat(interval.get("agentsNeeded").asInt()).as(interval.toString())
				.isEqualTo(countedAgain(interval, 0.15));
		}
	}

	/** The agents from the figures the API reported, as docs/workforce.md says. */
	private static int countedAgain(JsonNode interval, double shrinkage) {
		double effective = ConcurrencyFactor.effectiveSeconds(interval.get("handlingSeconds").asDouble(),
				interval.get("concurrency").asDouble());
		int agents = ErlangC.agents(interval.get("arrivals").asDouble(), 1800, effective, 0.8, 30);
		return agents == 0 ? 0 : (int) Math.ceil(agents / (1 - shrinkage) - 1e-9);
	}

	@Test
	void theOwnerReadsAgentsAndOtherShopsDoNot() throws Exception {
		staffing(owner, "day=" + MONDAY).andExpect(status().isOk());
		staffing(mei, "day=" + MONDAY).andExpect(status().isForbidden());
		staffing(stranger, "day=" + MONDAY).andExpect(status().isForbidden());
	}

	@Test
	void aBadOrMissingDayIsRefusedNamingIt() throws Exception {
		assertThat(body(staffing(boss, "day=2026-13-01").andExpect(status().isBadRequest()))).contains("day");
		assertThat(body(staffing(boss, "day=monday").andExpect(status().isBadRequest()))).contains("day");
		assertThat(body(staffing(boss, "").andExpect(status().isBadRequest()))).contains("day");
	}

	@Test
	void aPromotionDayMultipliesTheArrivalsAndSettingsBelongToSupervisors() throws Exception {
		String settings = """
				{"weeks":4,"target":{"percent":90,"seconds":20},"shrinkage":0.2,
				 "promotions":[{"date":"%s","factor":5}]}""".formatted(MONDAY);
		mvc.perform(put(settingsPath()).with(as(mei)).contentType(MediaType.APPLICATION_JSON).content(settings))
			.andExpect(status().isForbidden());
		mvc.perform(put(settingsPath()).with(as(boss)).contentType(MediaType.APPLICATION_JSON).content(settings))
			.andExpect(status().isOk());

		JsonNode need = json(staffing(boss, "day=" + MONDAY).andExpect(status().isOk()));
		JsonNode ordinary = json(staffing(boss, "day=" + MONDAY.plusWeeks(1)).andExpect(status().isOk()));

		assertThat(need.get("target").get("percent").asInt()).isEqualTo(90);
		assertThat(need.get("shrinkage").asDouble()).isEqualTo(0.2);
		assertThat(need.get("intervals").get(20).get("arrivals").asDouble()).isEqualTo(150.0);
		assertThat(need.get("intervals").get(20).get("agentsNeeded").asInt())
			.isGreaterThan(ordinary.get("intervals").get(20).get("agentsNeeded").asInt());
		JsonNode read = json(mvc.perform(get(settingsPath()).with(as(boss))).andExpect(status().isOk()));
		assertThat(read.get("promotions").get(0).get("date").asString()).isEqualTo(MONDAY.toString());
	}

	@Test
	void badSettingsAreRefusedNamingTheField() throws Exception {
		assertThat(
				body(mvc.perform(put(settingsPath()).with(as(boss)).contentType(MediaType.APPLICATION_JSON).content("""
						{"weeks":0}""")).andExpect(status().isBadRequest())))
			.contains("weeks");
		assertThat(
				body(mvc.perform(put(settingsPath()).with(as(boss)).contentType(MediaType.APPLICATION_JSON).content("""
						{"target":{"percent":100,"seconds":20}}""")).andExpect(status().isBadRequest())))
			.contains("target.percent");
		assertThat(
				body(mvc.perform(put(settingsPath()).with(as(boss)).contentType(MediaType.APPLICATION_JSON).content("""
						{"promotions":[{"date":"2026-11-11","factor":0}]}""")).andExpect(status().isBadRequest())))
			.contains("factor");
	}

	@Test
	void thePageDrawsTheNeedForSupervisorsOnly() throws Exception {
		String page = body(mvc.perform(get("/shops/" + shop.id() + "/staffing?day=" + MONDAY).with(as(boss)))
			.andExpect(status().isOk()));

		assertThat(page).contains("排班需求", "<svg", "class=\"need\"", "10:00", "所需人数");
		mvc.perform(get("/shops/" + shop.id() + "/staffing").with(as(mei))).andExpect(status().isForbidden());
		mvc.perform(get("/shops/" + shop.id() + "/staffing?day=7/12").with(as(boss)))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/shops/" + shop.id() + "/staffing/settings").with(as(boss))
			.with(csrf())
			.param("weeks", "6")
			.param("percent", "80")
			.param("seconds", "30")
			.param("shrinkage", "10")
			.param("promotions", "2026-11-11 ×5\n2026-12-12 3")).andExpect(status().is3xxRedirection());
		JsonNode read = json(mvc.perform(get(settingsPath()).with(as(boss))).andExpect(status().isOk()));
		assertThat(read.get("weeks").asInt()).isEqualTo(6);
		assertThat(read.get("shrinkage").asDouble()).isCloseTo(0.1, org.assertj.core.api.Assertions.within(1e-9));
		assertThat(read.get("promotions")).hasSize(2);
	}

	private ResultActions staffing(Agent who, String query) throws Exception {
		return mvc.perform(get("/api/v1/shops/" + shop.id() + "/staffing?" + query).with(as(who)));
	}

	private String settingsPath() {
		return "/api/v1/shops/" + shop.id() + "/settings/staffing";
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
