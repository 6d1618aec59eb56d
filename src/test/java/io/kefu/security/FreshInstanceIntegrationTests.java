package io.kefu.security;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.kefu.PageTestData;
import io.kefu.demo.DemoShop;
import io.kefu.shop.Shops;
import io.kefu.staff.Staff;
import io.kefu.support.ApiClient;
import io.kefu.support.WebSession;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An instance started with the demo off ({@code KEFU_DEMO=false}) and no
 * {@code KEFU_ADMIN_PASSWORD} has no account with a known password: {@code admin}'s is
 * generated, printed once and must be changed at the first sign-in, and demo accounts
 * left from an earlier demo run no longer take the published password.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "kefu.admin.password=", "kefu.demo.public-password=false" })
@ExtendWith(OutputCaptureExtension.class)
class FreshInstanceIntegrationTests {

	private static final Pattern GENERATED = Pattern.compile("Created the account 'admin' with the password (\\S+)");

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Shops shops;

	@Autowired
	Staff staff;

	@Test
	void adminsGeneratedPasswordIsPrintedOnceAndMustBeChangedAtTheFirstSignIn(CapturedOutput output) {
		Matcher printed = GENERATED.matcher(output.getAll());
		assertThat(printed.find()).as("the generated password in the log").isTrue();
		String password = printed.group(1);
		assertThat(printed.find()).as("printed once").isFalse();

		ApiClient admin = ApiClient.anonymous(port).as("admin", password);
		assertThat(admin.get("/api/v1/shops").json().get("type").asString())
			.isEqualTo("urn:kefu:problem:password-change-required");
		assertThat(WebSession.signIn(port, "admin", password).get("/").location()).isEqualTo("/me/password");
	}

	@Test
	void noAccountTakesAPublishedPassword() {
		for (String password : new String[] { "admin-test-password", DemoShop.PASSWORD, "admin", "" }) {
			assertThat(ApiClient.anonymous(port).as("admin", password).get("/api/v1/me").status()).isEqualTo(401);
		}
	}

	@Test
	void demoAccountsOfAnEarlierDemoRunLoseThePublishedPassword() throws Exception {
		PageTestData.openShop(shops, staff, DemoShop.NAME, "");
		assertThat(ApiClient.anonymous(port).as("zhuguan", DemoShop.PASSWORD).get("/api/v1/me").status())
			.isEqualTo(200);

		startAgain();

		assertThat(ApiClient.anonymous(port).as("zhuguan", DemoShop.PASSWORD).get("/api/v1/me").status())
			.isEqualTo(401);
		assertThat(WebSession.anonymous(port).get("/login").body()).doesNotContain("kefu-demo");
	}

	/** What a restart does to the accounts: the demo's start-up runs again. */
	private void startAgain() throws Exception {
		ApplicationArguments none = new DefaultApplicationArguments();
		context.getBean("demoOnFirstStart", ApplicationRunner.class).run(none);
	}

}
