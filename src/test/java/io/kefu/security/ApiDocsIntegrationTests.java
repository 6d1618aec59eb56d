package io.kefu.security;

import io.kefu.access.Role;
import io.kefu.shop.Products;
import io.kefu.shop.Shop;
import io.kefu.shop.Shops;
import io.kefu.staff.Staff;
import io.kefu.support.ApiClient;
import io.kefu.support.ShopFixture;
import io.kefu.support.WebSession;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.kefu.support.ShopFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/** The API's description and Swagger UI are for administrators only. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiDocsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Shops shops;

	@Autowired
	Products products;

	@Autowired
	Staff staff;

	@BeforeEach
	void setUp() {
		if (shops.findByName("文档测试店").isEmpty()) {
			ShopFixture fixture = new ShopFixture(shops, products, staff);
			Shop shop = fixture.shop("文档测试店");
			fixture.account(shop, "docs-boss", Role.SUPERVISOR);
		}
	}

	@Test
	void anAdministratorReadsTheApiDocs() {
		WebSession admin = WebSession.signIn(port, "admin", "admin-test-password");

		assertThat(admin.get("/v3/api-docs").status()).isEqualTo(200);
		assertThat(admin.get("/swagger-ui/index.html").status()).isEqualTo(200);
	}

	@Test
	void anyoneElseIsRefusedOrSentToSignIn() {
		WebSession boss = WebSession.signIn(port, "docs-boss", PASSWORD);
		WebSession anonymous = WebSession.anonymous(port);

		assertThat(boss.get("/v3/api-docs").status()).isEqualTo(403);
		assertThat(boss.get("/swagger-ui/index.html").status()).isEqualTo(403);
		assertThat(anonymous.get("/v3/api-docs").location()).isEqualTo("/login");
		assertThat(anonymous.get("/swagger-ui.html").location()).isEqualTo("/login");
		assertThat(ApiClient.anonymous(port).as("docs-boss", PASSWORD).get("/v3/api-docs").status()).isEqualTo(302);
	}

}
