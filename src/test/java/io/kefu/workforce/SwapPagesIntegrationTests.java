package io.kefu.workforce;

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

import static io.kefu.workforce.RosterDesks.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The 换班与请假 page: an agent proposes a swap with the day's shifts in view, the colleague
 * accepts it, the supervisor sees it waiting and is told the rule when it breaks one.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SwapPagesIntegrationTests {

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

	@BeforeEach
	void aPublishedMarch() throws Exception {
		ShopFixture fixture = new ShopFixture(shops, products, staff);
		String suffix = Long.toString(System.nanoTime() % 1_000_000_000L);
		desk = new RosterDesks(mvc, accounts);
		shop = fixture.shop("换班页" + suffix);
		boss = fixture.account(shop, "sp-boss" + suffix, Role.SUPERVISOR);
		mei = fixture.account(shop, "sp-mei" + suffix, Role.PRE_SALES);
		jie = fixture.account(shop, "sp-jie" + suffix, Role.PRE_SALES);
		desk.publish(boss, shop.id().value(), MONTH, List.of(mei, jie), (agent, day) -> {
			int d = day.getDayOfMonth();
			if (agent.equals(mei)) {
				return Set.of(1, 2, 3, 11).contains(d) ? null : d == 10 ? "N" : "D";
			}
			return d >= 4 && d <= 7 ? null : "D";
		});
	}

	@Test
	void anAgentSeesTheDaysShiftsAndProposesASwap() throws Exception {
		String page = body(desk.call(mei, get(page() + "?month=2027-03&day=2027-03-11")).andExpect(status().isOk()));
		assertThat(page).contains("你当天休息").contains(jie.username()).contains("白班 09:00–17:30");

		desk.call(mei, post(page()).param("date", "2027-03-11").param("to", jie.username()).param("note", "有事"))
			.andExpect(redirectedUrl(page() + "?month=2027-03"))
			.andExpect(flash().attribute("done", "swaps.proposed"));

		String asked = body(desk.call(jie, get(page() + "?month=2027-03")).andExpect(status().isOk()));
		assertThat(asked).contains("待同事确认").contains("同意").contains("有事");
	}

	@Test
	void theSupervisorIsToldTheRuleASwapBreaks() throws Exception {
		desk.call(mei, post(page()).param("date", "2027-03-11").param("to", jie.username()));
		String id = body(desk.call(boss, get("/api/v1/shops/" + shop.id().value() + "/swaps?month=2027-03")))
			.replaceAll("(?s)^\\[\\{\"id\":(\\d+).*", "$1");
		desk.call(jie, post(page() + "/" + id + "/accept").param("month", "2027-03"));

		String queue = body(desk.call(boss, get(page() + "?month=2027-03")).andExpect(status().isOk()));
		assertThat(queue).contains("待审批").contains("批准");
		desk.call(boss, post(page() + "/" + id + "/approve").param("month", "2027-03"))
			.andExpect(flash().attribute("ruleKey", "swaps.rule.no-day-shift-after-a-night-shift"));
		String refused = body(desk.call(boss, get(page() + "?month=2027-03")));
		assertThat(refused).contains("晚班次日不上白班").contains("已驳回");
	}

	@Test
	void anAgentAsksForLeaveAndWishesDaysOff() throws Exception {
		desk.call(mei,
				post("/shops/" + shop.id().value() + "/leave").param("firstDay", "2027-03-15")
					.param("lastDay", "2027-03-16")
					.param("reason", "看病"))
			.andExpect(flash().attribute("done", "leave.requested"));
		desk.call(mei,
				post("/shops/" + shop.id().value() + "/wishes").param("month", "2027-04")
					.param("days", "2027-04-03", "", "2027-04-10"))
			.andExpect(flash().attribute("done", "wishes.saved"));

		assertThat(body(desk.call(mei, get(page() + "?month=2027-03")))).contains("看病")
			.contains("2027-03-15 至 2027-03-16");
		assertThat(body(desk.call(mei, get(page() + "?month=2027-04")))).contains("value=\"2027-04-10\"");
		assertThat(body(desk.call(boss, get(page() + "?month=2027-03")))).contains("看病");
	}

	private String page() {
		return "/shops/" + shop.id().value() + "/swaps";
	}

}
