package io.kefu.training.web;

import io.kefu.access.Role;
import io.kefu.shop.Products;
import io.kefu.shop.Shop;
import io.kefu.shop.Shops;
import io.kefu.staff.Staff;
import io.kefu.support.ShopFixture;
import io.kefu.training.Curriculum;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The curriculum pages: agents read them, the skills page shows the shop's 禁用/善用, the
 * trainer previews and saves an edit, an agent may not.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CurriculumPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Shops shops;

	@Autowired
	Products products;

	@Autowired
	Staff staff;

	@Autowired
	Curriculum curriculum;

	@Autowired
	UserDetailsService accounts;

	Shop shop;

	String suffix;

	@BeforeEach
	void openShop() {
		ShopFixture fixture = new ShopFixture(shops, products, staff);
		suffix = Long.toString(System.nanoTime());
		shop = fixture.shop("资料页店" + suffix);
		fixture.account(shop, "zly-t" + suffix, Role.TRAINER);
		fixture.account(shop, "zly-a" + suffix, Role.PRE_SALES);
	}

	private RequestPostProcessor as(String username) {
		return user(accounts.loadUserByUsername(username + suffix));
	}

	private String pages() {
		return "/shops/" + shop.id() + "/training/curriculum";
	}

	@Test
	void anAgentReadsTheSkillsPageWithTheShopsForbiddenAndRecommended() throws Exception {
		mvc.perform(get(pages()).with(as("zly-a")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("岗前培训")))
			.andExpect(content().string(containsString(pages() + "/skills")));
		mvc.perform(get(pages() + "/skills").with(as("zly-a")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h2>引导话术：促成交易</h2>")))
			.andExpect(content().string(containsString("句尾语气词")))
			.andExpect(content().string(containsString("多说“我们”，少说“我”")))
			.andExpect(content().string(not(containsString("编辑本页"))));
	}

	@Test
	void theTrainerPreviewsThenSavesAndAnAgentMayNot() throws Exception {
		mvc.perform(post(pages() + "/cases").with(as("zly-t"))
			.with(csrf())
			.param("title", "案例")
			.param("body", "**新**<script>x</script>")
			.param("preview", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<strong>新</strong>&lt;script&gt;")));
		assertThat(curriculum.page(shop.id(), "cases").orElseThrow().edited()).as("a preview saves nothing").isFalse();

		mvc.perform(post(pages() + "/cases").with(as("zly-t")).with(csrf()).param("title", "案例").param("body", "新"))
			.andExpect(redirectedUrl(pages() + "/cases"));
		mvc.perform(post(pages() + "/cases").with(as("zly-a")).with(csrf()).param("title", "改").param("body", "改"))
			.andExpect(status().isForbidden());
		mvc.perform(post(pages() + "/cases").with(as("zly-t")).with(csrf()).param("title", "").param("body", "改"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("标题为 1 到 100 个字")));

		assertThat(curriculum.page(shop.id(), "cases").orElseThrow().body()).isEqualTo("新");
	}

}
