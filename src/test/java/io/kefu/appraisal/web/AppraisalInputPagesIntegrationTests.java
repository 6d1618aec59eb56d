package io.kefu.appraisal.web;

import io.kefu.access.Role;
import io.kefu.shop.Products;
import io.kefu.shop.Shop;
import io.kefu.shop.Shops;
import io.kefu.staff.Staff;
import io.kefu.support.ShopFixture;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The inputs page: the supervisor's form saves what the API then reads, refuses a bad
 * value naming the agent and the field without storing anything, and a submitted month
 * shows its inputs read-only and refuses changes.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AppraisalInputPagesIntegrationTests {

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

	String suffix;

	@BeforeEach
	void openShop() {
		ShopFixture fixture = new ShopFixture(shops, products, staff);
		suffix = Long.toString(System.nanoTime());
		shop = fixture.shop("考核录入店" + suffix);
		fixture.account(shop, "khl-mei" + suffix, Role.PRE_SALES);
		fixture.account(shop, "khl-jie" + suffix, Role.AFTER_SALES);
		fixture.account(shop, "khl-boss" + suffix, Role.SUPERVISOR);
		fixture.account(shop, "khl-dz" + suffix, Role.OWNER);
	}

	private RequestPostProcessor as(String username) {
		return user(accounts.loadUserByUsername(username + suffix));
	}

	private String page(String month) {
		return "/shops/" + shop.id() + "/appraisals/" + month + "/inputs";
	}

	private String api(String month) {
		return "/api/v1/shops/" + shop.id() + "/appraisals/" + month + "/inputs";
	}

	/**
	 * The form as the page posts it: Mei's row with the target and accuracy given, Jie's
	 * empty.
	 */
	private MockHttpServletRequestBuilder save(String month, String meiTarget, String meiAccuracy) {
		return post(page(month)).with(as("khl-boss"))
			.with(csrf())
			.param("commissionRate", "0.8")
			.param("bonusAmount", "120")
			.param("agents[0].agent", "khl-mei" + suffix)
			.param("agents[0].salesTarget", meiTarget)
			.param("agents[0].basePay", "3,000")
			.param("agents[0].levelReward", "200")
			.param("agents[0].charactersPerMinute", "120")
			.param("agents[0].accuracy", meiAccuracy)
			.param("agents[0].lowRatings", "1")
			.param("agents[0].namedReviews", "22")
			.param("agents[1].agent", "khl-jie" + suffix)
			.param("agents[1].salesTarget", "")
			.param("agents[1].basePay", "2800")
			.param("agents[1].levelReward", "")
			.param("agents[1].charactersPerMinute", "")
			.param("agents[1].accuracy", "")
			.param("agents[1].lowRatings", "")
			.param("agents[1].namedReviews", "");
	}

	@Test
	void theSupervisorSavesTheInputsAndTheApiReadsThem() throws Exception {
		mvc.perform(get("/shops/" + shop.id() + "/appraisals?month=2026-11").with(as("khl-boss")))
			.andExpect(content().string(containsString(page("2026-11"))));
		mvc.perform(get(page("2026-11")).with(as("khl-boss")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("khl-mei" + suffix)))
			.andExpect(content().string(containsString("khl-jie" + suffix)))
			.andExpect(content().string(not(containsString("khl-boss" + suffix + "</strong>"))))
			.andExpect(content().string(containsString("毛利率 × 5%，一般 0.5%–1%")))
			.andExpect(content().string(containsString("value=\"1\"")));

		mvc.perform(save("2026-11", "50000", "95.5"))
			.andExpect(redirectedUrl(page("2026-11")))
			.andExpect(flash().attribute("done", "appraisal.inputs.saved"));

		mvc.perform(get(api("2026-11")).with(as("khl-boss")))
			.andExpect(jsonPath("$.commissionRate").value(0.008))
			.andExpect(jsonPath("$.bonusAmount").value(120))
			.andExpect(jsonPath("$.agents[?(@.agent == 'khl-mei%s')].inputs.salesTarget", suffix).value(50000.0))
			.andExpect(jsonPath("$.agents[?(@.agent == 'khl-mei%s')].inputs.basePay", suffix).value(3000.0))
			.andExpect(jsonPath("$.agents[?(@.agent == 'khl-mei%s')].inputs.typing.accuracy", suffix).value(0.955))
			.andExpect(jsonPath("$.agents[?(@.agent == 'khl-mei%s')].inputs.namedReviews", suffix).value(22))
			.andExpect(jsonPath("$.agents[?(@.agent == 'khl-jie%s')].inputs.basePay", suffix).value(2800.0))
			.andExpect(jsonPath("$.agents[?(@.agent == 'khl-jie%s')].inputs.typing", suffix).value((Object) null));
		mvc.perform(get(page("2026-11")).with(as("khl-boss")))
			.andExpect(content().string(containsString("value=\"0.8\"")))
			.andExpect(content().string(containsString("value=\"95.5\"")));
	}

	@Test
	void onlyTheSupervisorGivesTheInputs() throws Exception {
		mvc.perform(get(page("2026-11")).with(as("khl-mei"))).andExpect(status().isForbidden());
		mvc.perform(get(page("2026-11")).with(as("khl-dz"))).andExpect(status().isForbidden());
		mvc.perform(post(page("2026-11")).with(as("khl-mei")).with(csrf()).param("commissionRate", "5"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/shops/" + shop.id() + "/appraisals?month=2026-11").with(as("khl-mei")))
			.andExpect(content().string(not(containsString(page("2026-11")))));
		mvc.perform(get(page("2026-13")).with(as("khl-boss"))).andExpect(status().isBadRequest());
	}

	@Test
	void aBadValueIsRefusedNamingTheAgentAndTheFieldAndNothingIsStored() throws Exception {
		mvc.perform(save("2026-11", "-1", "120"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("没有保存，请改正标红的值")))
			.andExpect(content().string(containsString("khl-mei" + suffix + "的销售目标（元）：要填不小于 0 的金额")))
			.andExpect(content().string(containsString("khl-mei" + suffix + "的打字正确率（%）：要填 0–100 之间的百分数")))
			.andExpect(content().string(containsString("value=\"-1\"")))
			.andExpect(content().string(containsString("value=\"120\"")));
		mvc.perform(save("2026-11", "5万", "90").with(request -> {
			request.setParameter("commissionRate", "");
			return request;
		}))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("提成比例（%）：要填 0–100 之间的百分数")))
			.andExpect(content().string(containsString("value=\"5万\"")));

		mvc.perform(post(page("2026-11")).with(as("khl-boss"))
			.with(csrf())
			.param("commissionRate", "1")
			.param("bonusAmount", "100")
			.param("agents[5000].agent", "khl-mei" + suffix)).andExpect(status().isBadRequest());

		mvc.perform(get(api("2026-11")).with(as("khl-boss")))
			.andExpect(jsonPath("$.commissionRate").value(0.01))
			.andExpect(jsonPath("$.agents").isEmpty());
	}

	@Test
	void aSubmittedMonthShowsItsInputsReadOnlyAndRefusesChanges() throws Exception {
		mvc.perform(save("2026-10", "50000", "95")).andExpect(flash().attribute("done", "appraisal.inputs.saved"));
		mvc.perform(post("/shops/" + shop.id() + "/appraisals/2026-10/submit").with(as("khl-boss")).with(csrf()))
			.andExpect(flash().attribute("done", "appraisal.done.SUBMITTED"));

		mvc.perform(save("2026-10", "1", "99"))
			.andExpect(redirectedUrl(page("2026-10")))
			.andExpect(flash().attribute("problem", "appraisal.locked"));

		mvc.perform(get(page("2026-10")).with(as("khl-boss")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("录入项只能查看")))
			.andExpect(content().string(containsString("disabled")))
			.andExpect(content().string(not(containsString(">保存</button>"))));
		mvc.perform(get("/shops/" + shop.id() + "/appraisals?month=2026-10").with(as("khl-boss")))
			.andExpect(content().string(not(containsString(page("2026-10")))));
		mvc.perform(get(api("2026-10")).with(as("khl-boss")))
			.andExpect(jsonPath("$.agents[?(@.agent == 'khl-mei%s')].inputs.salesTarget", suffix).value(50000.0));
	}

}
