package io.kefu.security;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.kefu.access.Role;
import io.kefu.shop.Products;
import io.kefu.shop.Shop;
import io.kefu.shop.Shops;
import io.kefu.staff.AgentDraft;
import io.kefu.staff.Certification;
import io.kefu.staff.DuplicateAgentException;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code ADMIN} and {@code admin} are one account: either signs in, and a second is
 * refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UsernameCaseIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Shops shops;

	@Autowired
	Products products;

	@Autowired
	Staff staff;

	Shop shop;

	@BeforeEach
	void setUp() {
		shop = shops.findByName("大小写测试店").orElseGet(() -> {
			ShopFixture fixture = new ShopFixture(shops, products, staff);
			Shop opened = fixture.shop("大小写测试店");
			fixture.account(opened, "Case-Boss", Role.SUPERVISOR);
			return opened;
		});
	}

	@Test
	void anAccountSignsInWhateverTheCaseOfItsUsername() {
		assertThat(ApiClient.anonymous(port)
			.as("ADMIN", "admin-test-password")
			.get("/api/v1/me")
			.json()
			.get("username")
			.asString()).isEqualTo("admin");
		assertThat(WebSession.signIn(port, "case-boss", PASSWORD).get("/api/v1/me").body())
			.contains("\"username\":\"Case-Boss\"");
		assertThat(staff.findByUsername("CASE-BOSS")).isPresent();
	}

	@Test
	void aSecondAccountWhoseUsernameDiffersOnlyInCaseIsRefused() {
		AgentDraft draft = new AgentDraft("管理员二", "管理员二", Set.of(Role.PRE_SALES), null, Certification.CERTIFIED, null,
				true);

		assertThatThrownBy(
				() -> staff.hire(shop.id(), draft, Optional.of(new Staff.Credentials("ADMIN", "another password"))))
			.isInstanceOfSatisfying(DuplicateAgentException.class, ex -> assertThat(ex.usernameTaken()).isTrue());
	}

	@Test
	void theAgentFormSaysTheUsernameIsTaken() {
		WebSession boss = WebSession.signIn(port, "Case-Boss", PASSWORD);
		String form = "/shops/" + shop.id() + "/agents/new";

		WebSession.Reply reply = boss.submit(form, form,
				Map.of("displayName", "小美", "nickname", "小美", "roles", "PRE_SALES", "certification", "CERTIFIED",
						"enabled", "true", "username", "case-BOSS", "password", "a long enough password"));

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.body()).contains("该用户名已被使用");
		assertThat(staff.findByNickname(shop.id(), "小美")).isEmpty();
	}

}
