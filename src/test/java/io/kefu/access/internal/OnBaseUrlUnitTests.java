package io.kefu.access.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class OnBaseUrlUnitTests {

	private static final BaseUrl BASE = BaseUrl.parse("https://kefu.example").orElseThrow();

	@Test
	void aRedirectToThePagesOwnHostBecomesAPathWithoutABaseUrl() {
		assertThat(OnBaseUrl.rewrite("http://evil.example/shops/1/products?continue", "evil.example", null))
			.isEqualTo("/shops/1/products?continue");
		assertThat(OnBaseUrl.rewrite("/login?error", "evil.example", null)).isEqualTo("/login?error");
	}

	@Test
	void aRedirectToThePagesOwnHostGoesToTheBaseUrl() {
		assertThat(OnBaseUrl.rewrite("http://evil.example:8080/shops/1", "evil.example", BASE))
			.isEqualTo("https://kefu.example/shops/1");
		assertThat(OnBaseUrl.rewrite("/login", "evil.example", BASE)).isEqualTo("https://kefu.example/login");
	}

	@Test
	void aRedirectElsewhereStaysAsItIs() {
		assertThat(OnBaseUrl.rewrite("https://shop.example/item", "kefu.example", BASE))
			.isEqualTo("https://shop.example/item");
		assertThat(OnBaseUrl.rewrite("//shop.example/item", "kefu.example", null)).isEqualTo("//shop.example/item");
	}

	@Test
	void theBaseUrlIsSchemeHostAndPortOnly() {
		assertThat(BaseUrl.parse("  ")).isEmpty();
		assertThat(BaseUrl.parse("https://Kefu.Example/").orElseThrow().origin()).isEqualTo("https://kefu.example");
		assertThat(BaseUrl.parse("http://10.0.0.5:8080").orElseThrow().origin()).isEqualTo("http://10.0.0.5:8080");
		assertThat(BaseUrl.parse("https://kefu.example:443").orElseThrow().https()).isTrue();
		assertThatIllegalArgumentException().isThrownBy(() -> BaseUrl.parse("https://kefu.example/kefu"));
		assertThatIllegalArgumentException().isThrownBy(() -> BaseUrl.parse("kefu.example"));
		assertThatIllegalArgumentException().isThrownBy(() -> BaseUrl.parse("ftp://kefu.example"));
	}

}
