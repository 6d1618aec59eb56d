package io.kefu.demo;

import io.kefu.shop.Platform;
import io.kefu.shop.Shops;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(properties = "kefu.demo.enabled=true")
class DemoOnFirstStartIntegrationTests {

	@Autowired
	Shops shops;

	@Test
	void putsTheDemoShopIntoAnEmptyDatabase() {
		assertThat(shops.all()).singleElement().satisfies(shop -> {
			assertThat(shop.name()).isEqualTo(DemoShop.NAME);
			assertThat(shop.platform()).isEqualTo(Platform.TMALL);
		});
	}

}
