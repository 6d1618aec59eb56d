package io.kefu.workforce;

import java.time.LocalDate;
import java.time.YearMonth;
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
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

import static io.kefu.workforce.RosterDesks.body;
import static io.kefu.workforce.RosterDesks.cell;
import static io.kefu.workforce.RosterDesks.json;
import static io.kefu.workforce.RosterDesks.pinned;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Swaps (换班) on a published March: proposed, accepted by the colleague, approved by the
 * supervisor after the roster rules are checked again, and every step refused to whoever
 * may not take it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SwapApiIntegrationTests {

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

	RosterDesks desk;

	Shop shop;

	Agent boss;

	Agent mei;

	Agent jie;

	Agent lu;

	Agent an;

	Agent stranger;

	/**
	 * mei works D, is off the 1st to 3rd and the 11th, and works N on the 10th; jie works
	 * D and lu H, both off the 4th to 7th; an works D, off the 8th, 9th, 12th and 13th.
	 */
	@BeforeEach
	void aPublishedMarch() throws Exception {
		ShopFixture fixture = new ShopFixture(shops, products, staff);
		String suffix = Long.toString(System.nanoTime() % 1_000_000_000L);
		desk = new RosterDesks(mvc, accounts);
		shop = fixture.shop("换班店" + suffix);
		boss = fixture.account(shop, "sw-boss" + suffix, Role.SUPERVISOR);
		mei = fixture.account(shop, "sw-mei" + suffix, Role.PRE_SALES);
		jie = fixture.account(shop, "sw-jie" + suffix, Role.PRE_SALES);
		lu = fixture.account(shop, "sw-lu" + suffix, Role.PRE_SALES);
		an = fixture.account(shop, "sw-an" + suffix, Role.AFTER_SALES);
		stranger = fixture.account(fixture.shop("别家" + suffix), "sw-x" + suffix, Role.SUPERVISOR);
		desk.publish(boss, shop.id().value(), MONTH, List.of(mei, jie, lu, an), (agent, day) -> {
			int d = day.getDayOfMonth();
			if (agent.equals(mei)) {
				return Set.of(1, 2, 3, 11).contains(d) ? null : d == 10 ? "N" : "D";
			}
			if (agent.equals(an)) {
				return Set.of(8, 9, 12, 13).contains(d) ? null : "D";
			}
			return d >= 4 && d <= 7 ? null : agent.equals(lu) ? "H" : "D";
		});
	}

	@Test
	void anAcceptedSwapApprovedTradesThePublishedShiftsAndPinsThemInTheDraft() throws Exception {
		JsonNode proposed = json(propose(mei, "2027-03-20", mei, lu, "家里有事").andExpect(status().isCreated()));
		assertThat(proposed.get("status").asString()).isEqualTo("PROPOSED");
		assertThat(proposed.get("from").asString()).isEqualTo(mei.username());
		assertThat(proposed.get("fromShift").get("code").asString()).isEqualTo("D");
		assertThat(proposed.get("fromShift").get("name").asString()).isEqualTo("白班");
		assertThat(proposed.get("toShift").get("code").asString()).isEqualTo("H");
		assertThat(proposed.get("note").asString()).isEqualTo("家里有事");
		long id = proposed.get("id").asLong();

		assertThat(json(step(lu, id, "accept").andExpect(status().isOk())).get("status").asString())
			.isEqualTo("ACCEPTED");
		JsonNode approved = json(step(boss, id, "approve").andExpect(status().isOk()));

		assertThat(approved.get("status").asString()).isEqualTo("APPROVED");
		assertThat(approved.get("decidedBy").asString()).isEqualTo(boss.username());
		JsonNode published = json(desk.call(mei, get(roster())).andExpect(status().isOk()));
		assertThat(cell(published, mei, "2027-03-20")).isEqualTo("H");
		assertThat(cell(published, lu, "2027-03-20")).isEqualTo("D");
		assertThat(published.get("status").asString()).isEqualTo("PUBLISHED");
		JsonNode draft = json(desk.call(boss, get(roster())).andExpect(status().isOk()));
		assertThat(cell(draft, mei, "2027-03-20")).isEqualTo("H");
		assertThat(pinned(draft, lu, "2027-03-20")).isTrue();
		assertThat(draft.get("status").asString()).isEqualTo("PUBLISHED");
	}

	@Test
	void aSwapThatBreaksAHardRuleIsRefusedNamingTheRuleTheAgentAndTheDay() throws Exception {
		long id = accepted(mei, jie, "2027-03-11");

		JsonNode problem = json(step(boss, id, "approve").andExpect(status().isConflict()));

		assertThat(problem.get("constraint").asString()).isEqualTo("no day shift after a night shift");
		assertThat(problem.get("agent").asString()).isEqualTo(mei.username());
		assertThat(problem.get("date").asString()).isEqualTo("2027-03-11");
		JsonNode swap = swaps(boss).get(0);
		assertThat(swap.get("status").asString()).isEqualTo("REFUSED");
		assertThat(swap.get("refusedRule").asString()).isEqualTo("no day shift after a night shift");
		assertThat(cell(json(desk.call(mei, get(roster()))), mei, "2027-03-11")).isEmpty();
	}

	@Test
	void aCoverMovesTheDayOffToTheColleague() throws Exception {
		long id = accepted(mei, jie, "2027-03-01");
		JsonNode swap = json(step(boss, id, "approve").andExpect(status().isOk()));

		assertThat(swap.get("cover").asBoolean()).isTrue();
		assertThat(swap.get("fromShift").isNull()).isTrue();
		JsonNode published = json(desk.call(jie, get(roster())));
		assertThat(cell(published, mei, "2027-03-01")).isEqualTo("D");
		assertThat(cell(published, jie, "2027-03-01")).isEmpty();
	}

	@Test
	void eachStepIsTakenOnlyByWhoMayTakeIt() throws Exception {
		long id = json(propose(mei, "2027-03-20", mei, lu, "")).get("id").asLong();

		step(jie, id, "accept").andExpect(status().isForbidden());
		step(mei, id, "accept").andExpect(status().isForbidden());
		step(boss, id, "approve").andExpect(status().isConflict());
		step(lu, id, "withdraw").andExpect(status().isForbidden());
		step(lu, id, "accept").andExpect(status().isOk());
		step(lu, id, "approve").andExpect(status().isForbidden());
		step(mei, id, "refuse").andExpect(status().isForbidden());
		step(lu, id, "decline").andExpect(status().isConflict());
		assertThat(json(step(mei, id, "withdraw").andExpect(status().isOk())).get("status").asString())
			.isEqualTo("WITHDRAWN");
		step(boss, id, "approve").andExpect(status().isConflict());
		step(boss, id, "refuse").andExpect(status().isConflict());
	}

	@Test
	void anotherShopsPeopleAndNumbersAreRefused() throws Exception {
		long id = json(propose(mei, "2027-03-20", mei, lu, "")).get("id").asLong();
		Shop other = shops.get(stranger.shopId());

		desk.call(stranger, get(path("?month=2027-03"))).andExpect(status().isForbidden());
		desk.post(stranger, path("/" + id + "/approve"), "").andExpect(status().isForbidden());
		desk.post(stranger, "/api/v1/shops/" + other.id().value() + "/swaps/" + id + "/approve", "")
			.andExpect(status().isNotFound());
		desk.post(stranger, "/api/v1/shops/" + other.id().value() + "/swaps/" + id + "/refuse", "")
			.andExpect(status().isNotFound());
		assertThat(body(propose(boss, "2027-03-20", mei, stranger, "").andExpect(status().isNotFound())))
			.contains("to");
	}

	@Test
	void anAgentProposesForThemselvesOnlyAndASupervisorForAnyone() throws Exception {
		assertThat(body(propose(jie, "2027-03-20", mei, lu, "").andExpect(status().isForbidden()))).isNotEmpty();
		JsonNode forThem = json(propose(boss, "2027-03-20", mei, lu, "").andExpect(status().isCreated()));
		assertThat(forThem.get("from").asString()).isEqualTo(mei.username());
	}

	@Test
	void badProposalsAreRefusedNamingTheField() throws Exception {
		assertThat(body(propose(mei, "2020-03-20", mei, lu, "").andExpect(status().isBadRequest()))).contains("date");
		assertThat(body(propose(mei, "2027-03-20", mei, mei, "").andExpect(status().isBadRequest()))).contains("to");
		assertThat(body(propose(mei, "2027-03-20", mei, jie, "").andExpect(status().isBadRequest())))
			.contains("nothing to swap");
		assertThat(body(propose(mei, "2027-05-20", mei, lu, "").andExpect(status().isConflict()))).contains("date");
		assertThat(body(desk
			.post(mei, path(""), "{\"date\": \"2027-03-20\", \"from\": \"" + mei.username() + "\", \"to\": \"nobody\"}")
			.andExpect(status().isNotFound()))).contains("to");
		assertThat(body(propose(mei, "2027-03-20", mei, lu, "很".repeat(501)).andExpect(status().isBadRequest())))
			.contains("note");
		desk.post(mei, path(""), "{\"date\": \"2027-03-20\", \"from\": \"" + mei.username() + "\", \"to\": \""
				+ lu.username() + "\", \"note\": \"a\\u0000b\"}")
			.andExpect(status().isBadRequest());
		assertThat(body(
				desk.post(mei, path(""), "{\"from\": \"" + mei.username() + "\"}").andExpect(status().isBadRequest())))
			.contains("date");
		assertThat(body(desk.post(mei, path(""), "{\"date\": \"20-3\"}").andExpect(status().isBadRequest())))
			.contains("date");
		assertThat(swaps(boss)).isEmpty();
	}

	@Test
	void aSecondOpenSwapOfTheSameDayWaitsForTheFirst() throws Exception {
		propose(mei, "2027-03-20", mei, lu, "").andExpect(status().isCreated());

		assertThat(body(propose(an, "2027-03-20", an, lu, "").andExpect(status().isConflict())))
			.contains("already has a swap");
	}

	@Test
	void agentsListTheSwapsTheyArePartOfAndSupervisorsAll() throws Exception {
		propose(mei, "2027-03-20", mei, lu, "").andExpect(status().isCreated());
		propose(an, "2027-03-12", an, jie, "").andExpect(status().isCreated());

		assertThat(swaps(boss)).hasSize(2);
		assertThat(swaps(lu)).hasSize(1);
		assertThat(swaps(jie)).hasSize(1);
		assertThat(json(desk.call(boss, get(path("?month=2027-04")))).size()).isZero();
		desk.call(boss, get(path("?month=2027-13"))).andExpect(status().isBadRequest());
	}

	private long accepted(Agent from, Agent to, String date) throws Exception {
		long id = json(propose(from, date, from, to, "").andExpect(status().isCreated())).get("id").asLong();
		step(to, id, "accept").andExpect(status().isOk());
		return id;
	}

	private org.springframework.test.web.servlet.ResultActions propose(Agent who, String date, Agent from, Agent to,
			String note) throws Exception {
		return desk.post(who, path(""), "{\"date\": \"" + date + "\", \"from\": \"" + from.username() + "\", \"to\": \""
				+ to.username() + "\", \"note\": \"" + note + "\"}");
	}

	private org.springframework.test.web.servlet.ResultActions step(Agent who, long id, String step) throws Exception {
		return desk.post(who, path("/" + id + "/" + step), "");
	}

	private JsonNode swaps(Agent who) throws Exception {
		return json(desk.call(who, get(path("?month=" + MONTH))).andExpect(status().isOk()));
	}

	private String path(String tail) {
		return "/api/v1/shops/" + shop.id().value() + "/swaps" + tail;
	}

	private String roster() {
		return "/api/v1/shops/" + shop.id().value() + "/rosters/" + MONTH;
	}

	static LocalDate day(int day) {
		return MONTH.atDay(day);
	}

}
