package io.kefu.shop.web;

import io.kefu.PageTestData;
import io.kefu.shop.Product;
import io.kefu.shop.Products;
import io.kefu.shop.Shop;
import io.kefu.shop.Shops;
import io.kefu.staff.Staff;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@SpringBootTest
@AutoConfigureMockMvc
class ProductPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Shops shops;

	@Autowired
	Staff staff;

	@Autowired
	Products products;

	@Autowired
	UserDetailsService accounts;

	Shop shop;

	Product lamp;

	@BeforeEach
	void openShop() {
		if (shop == null) {
			shop = shops.findByName("商品页测试店")
				.orElseGet(() -> PageTestData.openShop(shops, staff, "商品页测试店", "products-"));
		}
		lamp = PageTestData.addDeskLamp(products, shop.id());
	}

	@Test
	void supervisorSavesAValidProduct() throws Exception {
		mvc.perform(post(url("/products/new")).with(as("products-zhuguan"))
			.with(csrf())
			.param("title", "视谱 夹子灯")
			.param("category", "台灯")
			.param("listed", "true")
			.param("sellingPoints[0]", "夹哪儿亮哪儿")
			.param("skus[0].code", "SP-CLIP")
			.param("skus[0].spec", "白色")
			.param("skus[0].price", "59.90")
			.param("skus[0].stock", "30")
			.param("skus[1].code", "")
			.param("skus[1].spec", ""))
			.andExpect(redirectedUrlPattern("/shops/" + shop.id() + "/products/*"))
			.andExpect(flash().attribute("saved", true));

		assertThat(products.inShop(shop.id())).anySatisfy(product -> {
			assertThat(product.title()).isEqualTo("视谱 夹子灯");
			assertThat(product.sellingPoints()).containsExactly("夹哪儿亮哪儿");
			assertThat(product.skus()).singleElement().satisfies(sku -> assertThat(sku.stock()).isEqualTo(30));
		});
	}

	@Test
	void invalidEditShowsEachFieldWithItsReasonAndSavesNothing() throws Exception {
		mvc.perform(post(url("/products/" + lamp.id() + "/edit")).with(as("products-zhuguan"))
			.with(csrf())
			.param("title", " ")
			.param("category", "台灯")
			.param("skus[0].code", "SP-PRO-W")
			.param("skus[0].spec", "白色 充电款")
			.param("skus[0].price", "-1")
			.param("skus[0].stock", "120"))
			.andExpect(status().isOk())
			.andExpect(view().name("products/form"))
			.andExpect(model().attributeHasFieldErrors("form", "title", "skus[0].price"))
			.andExpect(content().string(containsString("必填")))
			.andExpect(content().string(containsString("不能小于 0.00")));

		assertThat(products.find(lamp.id())).contains(lamp);
	}

	@Test
	void unparseablePriceIsShownAsTypedWithItsReason() throws Exception {
		mvc.perform(post(url("/products/" + lamp.id() + "/edit")).with(as("products-zhuguan"))
			.with(csrf())
			.param("title", "视谱 LED 护眼台灯 Pro")
			.param("skus[0].code", "SP-PRO-W")
			.param("skus[0].spec", "白色")
			.param("skus[0].price", "两百")
			.param("skus[0].stock", "1"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "skus[0].price", "typeMismatch"))
			.andExpect(content().string(containsString("value=\"两百\"")));

		assertThat(products.find(lamp.id())).contains(lamp);
	}

	@Test
	void preSalesAgentIsRefusedTheEditPageAndSeesNoEditLink() throws Exception {
		mvc.perform(get(url("/products/" + lamp.id() + "/edit")).with(as("products-xiaomei")))
			.andExpect(status().isForbidden())
			.andExpect(forwardedUrl("/error/403"));
		mvc.perform(post(url("/products/" + lamp.id() + "/edit")).with(as("products-xiaomei"))
			.with(csrf())
			.param("title", "改了")).andExpect(status().isForbidden());
		mvc.perform(get(url("/products")).with(as("products-xiaomei")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(lamp.title())))
			.andExpect(content().string(not(containsString("/edit"))))
			.andExpect(content().string(not(containsString("/products/new"))));

		assertThat(products.find(lamp.id())).contains(lamp);
	}

	@Test
	void callerOfAnotherShopIsRefused() throws Exception {
		Shop other = shops.findByName("别家店")
			.orElseGet(() -> PageTestData.openShop(shops, staff, "别家店", "products-other-"));

		mvc.perform(get(url("/products")).with(as("products-other-zhuguan"))).andExpect(status().isForbidden());
		mvc.perform(get("/shops/" + other.id() + "/products/" + lamp.id()).with(as("products-other-zhuguan")))
			.andExpect(status().isNotFound());
	}

	@Test
	void speaksChineseByDefaultAndEnglishWhenAsked() throws Exception {
		mvc.perform(get(url("/products")).with(as("products-xiaomei")))
			.andExpect(content().string(containsString("<h1>商品</h1>")))
			.andExpect(content().string(containsString("总库存")));
		mvc.perform(get(url("/products")).param("lang", "en").with(as("products-xiaomei")))
			.andExpect(content().string(containsString("<h1>Products</h1>")))
			.andExpect(content().string(containsString("Stock")))
			.andExpect(cookie().value("kefu-lang", "en"));
	}

	@Test
	void detailShowsParametersSellingPointsAndSkus() throws Exception {
		mvc.perform(get(url("/products/" + lamp.id())).with(as("products-xiaomei")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("光源类型")))
			.andExpect(content().string(containsString("国AA级照度")))
			.andExpect(content().string(containsString("SP-PRO-B")))
			.andExpect(content().string(containsString("¥259.00")));
	}

	private String url(String path) {
		return "/shops/" + shop.id() + path;
	}

	private RequestPostProcessor as(String username) {
		return user(accounts.loadUserByUsername(username));
	}

}
