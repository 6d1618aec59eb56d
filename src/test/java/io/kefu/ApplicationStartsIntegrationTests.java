package io.kefu;

import io.kefu.shop.NewShop;
import io.kefu.shop.Platform;
import io.kefu.shop.Shops;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class ApplicationStartsIntegrationTests {

	@Autowired
	Shops shops;

	@Test
	void opensAShopInTheMigratedDatabase() {
		var shop = shops.open(NewShop.of("测试店", Platform.TAOBAO));
		assertThat(shops.find(shop.id())).contains(shop);
	}

}
