package io.kefu.quality.web;

import java.time.LocalDate;
import java.util.List;

import io.kefu.PageTestData;
import io.kefu.customer.BuyerId;
import io.kefu.quality.InspectionRules;
import io.kefu.quality.InspectionSettings;
import io.kefu.quality.Rule;
import io.kefu.quality.RuleSettings;
import io.kefu.quality.Severity;
import io.kefu.shop.Shop;
import io.kefu.shop.ShopId;
import io.kefu.shop.Shops;
import io.kefu.staff.AgentId;
import io.kefu.staff.Staff;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class RuleSettingsPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Shops shops;

	@Autowired
	Staff staff;

	@Autowired
	InspectionRules rules;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	JdbcClient jdbc;

	Shop shop;

	@BeforeEach
	void openShop() {
		shop = shops.findByName("质检规则页测试店").orElseGet(() -> PageTestData.openShop(shops, staff, "质检规则页测试店", "rules-"));
	}

	@Test
	void theSupervisorSeesEveryRuleWithWhatItCatchesAndItsSettings() throws Exception {
		mvc.perform(get(url("/quality/rules")).accept(MediaType.TEXT_HTML).with(as("rules-zhuguan")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h1>质检规则</h1>"), containsString("单音节回复"),
					containsString("客服整条消息只有单音节字"), containsString("广告法极限词"), containsString("id=\"rule-RUDE\""),
					containsString("<option value=\"SEVERE\" selected=\"selected\">严重</option>"),
					containsString("min=\"0\" max=\"100\" step=\"1\" name=\"RUDE.weight\" value=\"20\""),
					containsString("回复用语"), containsString("接待流程与时效"), containsString("保存全部规则"),
					containsString("最好\n最佳"), containsString("我们\n咱们"), not(containsString(">RUDE<")),
					containsString("此规则按消息时间判断"), containsString("重新质检"), containsString("name=\"_csrf\""))));
	}

	@Test
	void agentsAreRefusedAndSeeNoLinkButTheSupervisorDoes() throws Exception {
		mvc.perform(get(url("/quality/rules")).accept(MediaType.TEXT_HTML).with(as("rules-xiaomei")))
			.andExpect(status().isForbidden())
			.andExpect(forwardedUrl("/error/403"));
		mvc.perform(post(url("/quality/rules")).param("RUDE.severity", "MINOR")
			.param("RUDE.weight", "1")
			.with(as("rules-xiaomei"))
			.with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post(url("/quality/rerun")).param("from", "2026-11-01")
			.param("to", "2026-11-02")
			.with(as("rules-xiaomei"))
			.with(csrf())).andExpect(status().isForbidden());
		assertThat(rules.of(ShopId.of(shopId())).rule(Rule.RUDE))
			.isEqualTo(InspectionSettings.DEFAULTS.rule(Rule.RUDE));
		mvc.perform(get(url("/products")).with(as("rules-xiaomei")))
			.andExpect(content().string(not(containsString(url("/quality/rules")))));
		mvc.perform(get(url("/products")).with(as("rules-zhuguan")))
			.andExpect(content().string(containsString(url("/quality/rules"))));
	}

	@Test
	void savingThePageChangesTheRulesThatChangedInOneVersionAndSaysWhich() throws Exception {
		int before = rules.version(ShopId.of(shopId()));
		RuleSettings rude = rules.of(ShopId.of(shopId())).rule(Rule.RUDE);

		mvc.perform(post(url("/quality/rules")).param("EXTREME_WORDS.severity", "MAJOR")
			.param("EXTREME_WORDS.weight", "7")
			.param("EXTREME_WORDS.words", "最好\r\n 第一 \r\n\r\n最好\r\n")
			.param("EXTREME_WORDS.exceptions", "第一次")
			.param("RUDE.enabled", rude.enabled() ? "on" : null)
			.param("RUDE.severity", rude.severity().name())
			.param("RUDE.weight", String.valueOf(rude.weight()))
			.param("RUDE.words", String.join("\n", rude.words()))
			.param("RUDE.exceptions", String.join("\n", rude.exceptions()))
			.with(as("rules-zhuguan"))
			.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(url("/quality/rules")))
			.andExpect(flash().attribute("savedRules", List.of(Rule.EXTREME_WORDS)));

		RuleSettings saved = rules.of(ShopId.of(shopId())).rule(Rule.EXTREME_WORDS);
		assertThat(saved.enabled()).isFalse();
		assertThat(saved.severity()).isEqualTo(Severity.MAJOR);
		assertThat(saved.weight()).isEqualTo(7);
		assertThat(saved.words()).containsExactly("最好", "第一");
		assertThat(saved.exceptions()).containsExactly("第一次");
		assertThat(rules.version(ShopId.of(shopId()))).isEqualTo(before + 1);
		assertThat(rules.of(ShopId.of(shopId())).rule(Rule.RUDE)).isEqualTo(rude);
		mvc.perform(get(url("/quality/rules")).flashAttr("savedRules", List.of(Rule.EXTREME_WORDS, Rule.RUDE))
			.with(as("rules-zhuguan")))
			.andExpect(content().string(allOf(containsString("已保存“广告法极限词、态度恶劣”，之后的质检使用新设置。"),
					containsString("rule-row rule-off"), containsString("已修改"))));
		rules.reset(ShopId.of(shopId()), Rule.EXTREME_WORDS, AgentId.of(agentId("rules-zhuguan")));
	}

	@Test
	void aRefusedSaveKeepsWhatWasTypedNamesTheFieldAndChangesNothing() throws Exception {
		int before = rules.version(ShopId.of(shopId()));
		RuleSettings extreme = rules.of(ShopId.of(shopId())).rule(Rule.EXTREME_WORDS);

		mvc.perform(post(url("/quality/rules")).param("RUDE.enabled", "on")
			.param("RUDE.severity", "SEVERE")
			.param("RUDE.weight", "abc")
			.param("RUDE.words", "不知道\n" + "长".repeat(51))
			.param("EXTREME_WORDS.severity", "MINOR")
			.param("EXTREME_WORDS.weight", "3")
			.with(as("rules-zhuguan"))
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("没有保存：请改正“态度恶劣”中标红的内容，所有规则都保持原样。"),
					containsString("请填写 0 到 100 之间的整数，而不是 abc。"), containsString("rule-words\" open=\"open\""),
					containsString("每个词最多 50 个字：" + "长".repeat(51)), containsString("value=\"abc\""))));

		assertThat(rules.version(ShopId.of(shopId()))).isEqualTo(before);
		assertThat(rules.of(ShopId.of(shopId())).rule(Rule.RUDE))
			.isEqualTo(InspectionSettings.DEFAULTS.rule(Rule.RUDE));
		assertThat(rules.of(ShopId.of(shopId())).rule(Rule.EXTREME_WORDS)).isEqualTo(extreme);
	}

	@Test
	void restoringTheDefaultsUndoesTheShopsChange() throws Exception {
		rules.change(ShopId.of(shopId()), Rule.HARSH_PUNCTUATION,
				InspectionSettings.DEFAULTS.rule(Rule.HARSH_PUNCTUATION).withWeight(9),
				AgentId.of(agentId("rules-zhuguan")));

		mvc.perform(post(url("/quality/rules/HARSH_PUNCTUATION/reset")).with(as("rules-zhuguan")).with(csrf()))
			.andExpect(redirectedUrl(url("/quality/rules")))
			.andExpect(flash().attribute("resetRule", Rule.HARSH_PUNCTUATION));

		assertThat(rules.of(ShopId.of(shopId())).rule(Rule.HARSH_PUNCTUATION))
			.isEqualTo(InspectionSettings.DEFAULTS.rule(Rule.HARSH_PUNCTUATION));
	}

	@Test
	void anUnknownRuleIsNotFound() throws Exception {
		mvc.perform(post(url("/quality/rules/NO_SUCH_RULE/reset")).with(as("rules-zhuguan")).with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void inspectingAPeriodAgainIsQueuedAndSaidSo() throws Exception {
		mvc.perform(post(url("/quality/rerun")).param("from", "2026-11-01")
			.param("to", "2026-11-20")
			.with(as("rules-zhuguan"))
			.with(csrf()))
			.andExpect(redirectedUrl(url("/quality/rules#rerun")))
			.andExpect(flash().attribute("rerunFrom", LocalDate.of(2026, 11, 1)));
		mvc.perform(get(url("/quality/rules")).flashAttr("rerunFrom", LocalDate.of(2026, 11, 1))
			.flashAttr("rerunTo", LocalDate.of(2026, 11, 20))
			.with(as("rules-zhuguan")))
			.andExpect(content().string(containsString("已将 2026-11-01 至 2026-11-20 加入重新质检队列，几秒钟内开始。")));
	}

	@Test
	void aPeriodThatEndsBeforeItStartsIsRefused() throws Exception {
		int pending = pending();

		mvc.perform(post(url("/quality/rerun")).param("from", "2026-11-20")
			.param("to", "2026-11-01")
			.with(as("rules-zhuguan"))
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("结束日期不能早于开始日期，且一次最长一年。")));
		mvc.perform(post(url("/quality/rerun")).param("from", "")
			.param("to", "2026-11-01")
			.with(as("rules-zhuguan"))
			.with(csrf())).andExpect(status().isBadRequest());

		assertThat(pending()).isEqualTo(pending);
	}

	@Test
	void daysAtTheEndOfTimeAreRefusedOnTheFormNotAFailure() throws Exception {
		int pending = pending();

		for (String[] period : new String[][] { { "+999999999-12-31", "+999999999-12-31" },
				{ "-999999999-01-01", "2026-11-01" }, { "2026-11-01", "+5874898-01-01" } }) {
			mvc.perform(post(url("/quality/rerun")).param("from", period[0])
				.param("to", period[1])
				.with(as("rules-zhuguan"))
				.with(csrf()))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(containsString("请填写开始和结束日期（2000 至 2099 年）。")));
		}

		assertThat(pending()).isEqualTo(pending);
	}

	private int pending() {
		return jdbc.sql("select count(*) from inspection_pending where shop_id = ?")
			.param(shopId())
			.query(Integer.class)
			.single();
	}

	private long shopId() {
		return shop.id().value();
	}

	private long agentId(String username) {
		return staff.findByUsername(username).orElseThrow().id().value();
	}

	private String url(String path) {
		return "/shops/" + shop.id() + path;
	}

	private RequestPostProcessor as(String username) {
		return user(accounts.loadUserByUsername(username));
	}

}
