package io.kefu.workforce;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

import io.kefu.access.Role;
import io.kefu.shop.Products;
import io.kefu.shop.Shop;
import io.kefu.shop.Shops;
import io.kefu.staff.Agent;
import io.kefu.staff.Staff;
import io.kefu.support.ShopFixture;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A published March in which 小美 comes late one day, leaves early the next, does not come
 * the third and keeps the fourth with a lunch break, and 小杰 keeps a night shift.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AttendanceApiIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

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

	Shop shop;

	Agent boss;

	Agent owner;

	Agent mei;

	Agent jie;

	Agent stranger;

	@BeforeEach
	void aPublishedMarchAndWhenTheAgentsWereAtTheDesk() {
		ShopFixture fixture = new ShopFixture(shops, products, staff);
		String suffix = Long.toString(System.nanoTime() % 1_000_000_000L);
		shop = fixture.shop("考勤店" + suffix);
		boss = fixture.account(shop, "at-boss" + suffix, Role.SUPERVISOR);
		owner = fixture.account(shop, "at-owner" + suffix, Role.OWNER);
		mei = fixture.account(shop, "at-mei" + suffix, Role.PRE_SALES);
		jie = fixture.account(shop, "at-jie" + suffix, Role.PRE_SALES);
		stranger = fixture.account(fixture.shop("别家考勤" + suffix), "at-x" + suffix, Role.SUPERVISOR);

		// the shop's presence history began before the month
		desk(jie, 1, "00:00", "OFFLINE");
		dayShift(mei, 3);
		desk(mei, 3, "09:12", "ONLINE").desk(mei, 3, "17:40", "OFFLINE");
		dayShift(mei, 4);
		desk(mei, 4, "08:55", "ONLINE").desk(mei, 4, "16:50", "OFFLINE");
		dayShift(mei, 5);
		dayShift(mei, 6);
		desk(mei, 6, "08:58", "ONLINE").desk(mei, 6, "12:00", "AWAY")
			.desk(mei, 6, "12:30", "BUSY")
			.desk(mei, 6, "17:31", "OFFLINE");
		cell(mei, 7, null, null, null);
		cell(jie, 3, "N", "17:00", "23:30");
		desk(jie, 3, "16:55", "ONLINE").desk(jie, 3, "23:35", "OFFLINE");
	}

	@Test
	void theSupervisorReadsEachShiftAndEachAgentsMonth() throws Exception {
		JsonNode sheet = json(call(boss, "month=2025-03").andExpect(status().isOk()));

		assertThat(sheet.get("graceMinutes").asInt()).isEqualTo(5);
		assertThat(record(sheet, mei, "2025-03-03").get("late").asBoolean()).isTrue();
		assertThat(record(sheet, mei, "2025-03-03").get("lateMinutes").asInt()).isEqualTo(12);
		assertThat(record(sheet, mei, "2025-03-04").get("leftEarly").asBoolean()).isTrue();
		assertThat(record(sheet, mei, "2025-03-04").get("earlyMinutes").asInt()).isEqualTo(40);
		assertThat(record(sheet, mei, "2025-03-04").get("signedOff").asString()).isEqualTo("2025-03-04T08:50:00Z");
		assertThat(record(sheet, mei, "2025-03-05").get("absent").asBoolean()).isTrue();
		JsonNode kept = record(sheet, mei, "2025-03-06");
		assertThat(kept.get("late").asBoolean() || kept.get("leftEarly").asBoolean() || kept.get("absent").asBoolean())
			.isFalse();
		assertThat(kept.get("state").asString()).isEqualTo("JUDGED");
		assertThat(kept.get("shiftName").asString()).isEqualTo("白班");
		assertThat(sheet.get("records")).hasSize(5);

		assertThat(summary(sheet, mei)).isEqualTo(JSON.readTree("""
				{"agent": "%s", "name": "%s", "shifts": 4, "late": 1, "lateMinutes": 12, "leftEarly": 1,
				"earlyMinutes": 40, "absent": 1}""".formatted(mei.username(), mei.displayName())));
		assertThat(summary(sheet, jie).get("shifts").asInt()).isEqualTo(1);
		assertThat(summary(sheet, jie).get("late").asInt() + summary(sheet, jie).get("leftEarly").asInt()
				+ summary(sheet, jie).get("absent").asInt())
			.isZero();
	}

	@Test
	void theSupervisorAndTheOwnerMayReadOneAgent() throws Exception {
		JsonNode jies = json(call(boss, "month=2025-03&agent=" + jie.username()).andExpect(status().isOk()));
		assertThat(jies.get("summaries")).hasSize(1);
		assertThat(jies.get("records")).hasSize(1);
		assertThat(jies.get("records").get(0).get("agent").asString()).isEqualTo(jie.username());

		JsonNode everyone = json(call(owner, "month=2025-03").andExpect(status().isOk()));
		assertThat(everyone.get("summaries")).hasSize(2);
	}

	@Test
	void anAgentReadsOnlyTheirOwnAttendance() throws Exception {
		JsonNode own = json(call(mei, "month=2025-03").andExpect(status().isOk()));
		assertThat(own.get("summaries")).hasSize(1);
		assertThat(own.get("summaries").get(0).get("agent").asString()).isEqualTo(mei.username());
		assertThat(own.get("records")).hasSize(4);
		call(mei, "month=2025-03&agent=" + mei.username()).andExpect(status().isOk());

		call(mei, "month=2025-03&agent=" + jie.username()).andExpect(status().isForbidden());
	}

	@Test
	void anotherShopsSupervisorIsRefused() throws Exception {
		call(stranger, "month=2025-03").andExpect(status().isForbidden());
	}

	@Test
	void aMonthWithoutAPublishedRosterHasNoRecords() throws Exception {
		JsonNode sheet = json(call(boss, "month=2025-04").andExpect(status().isOk()));

		assertThat(sheet.get("records")).isEmpty();
		assertThat(sheet.get("summaries")).isEmpty();
	}

	@Test
	void badMonthsAndUnknownAgentsAreRefusedNamingTheField() throws Exception {
		assertThat(body(call(boss, "month=2025-13").andExpect(status().isBadRequest()))).contains("month");
		assertThat(body(call(boss, "month=2025-03&agent=nobody").andExpect(status().isBadRequest()))).contains("agent");
		assertThat(body(call(boss, "month=2025-03&agent=" + stranger.username()).andExpect(status().isBadRequest())))
			.contains("agent");
	}

	private void dayShift(Agent agent, int day) {
		cell(agent, day, "D", "09:00", "17:30");
	}

	private void cell(Agent agent, int day, @Nullable String code, @Nullable String start, @Nullable String end) {
		jdbc.sql("""
				insert into roster_published_cell (shop_id, month, agent_id, day, shift_code, shift_name, starts_at,
				ends_at) values (?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(shop.id().value(), LocalDate.of(2025, 3, 1), agent.id().value(), LocalDate.of(2025, 3, day), code,
					code == null ? null : code.equals("D") ? "白班" : "晚班", start == null ? null : LocalTime.parse(start),
					end == null ? null : LocalTime.parse(end))
			.update();
	}

	private AttendanceApiIntegrationTests desk(Agent agent, int day, String time, String presence) {
		jdbc.sql("insert into presence_history (agent_id, shop_id, presence, at) values (?, ?, ?, ?)")
			.params(agent.id().value(), shop.id().value(), presence, Timestamp
				.from(LocalDateTime.of(LocalDate.of(2025, 3, day), LocalTime.parse(time)).atZone(SHANGHAI).toInstant()))
			.update();
		return this;
	}

	private static JsonNode record(JsonNode sheet, Agent agent, String date) {
		for (JsonNode record : sheet.get("records")) {
			if (record.get("agent").asString().equals(agent.username()) && record.get("date").asString().equals(date)) {
				return record;
			}
		}
		throw new AssertionError("no record of " + agent.username() + " on " + date + " in " + sheet);
	}

	private static JsonNode summary(JsonNode sheet, Agent agent) {
		for (JsonNode summary : sheet.get("summaries")) {
			if (summary.get("agent").asString().equals(agent.username())) {
				return summary;
			}
		}
		throw new AssertionError("no summary of " + agent.username() + " in " + sheet);
	}

	private ResultActions call(Agent who, String query) throws Exception {
		return mvc.perform(get("/api/v1/shops/" + shop.id().value() + "/attendance?" + query)
			.with(user(accounts.loadUserByUsername(who.username()))));
	}

	private static String body(ResultActions result) throws Exception {
		return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private static JsonNode json(ResultActions result) throws Exception {
		return JSON.readTree(body(result));
	}

}
