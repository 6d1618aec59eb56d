package io.kefu;

import java.util.Arrays;
import java.util.Objects;

import io.kefu.shop.NewShop;
import io.kefu.shop.Platform;
import io.kefu.shop.Shops;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class ApplicationStartsIntegrationTests {

	@Autowired
	Shops shops;

	@Autowired
	ApplicationContext context;

	@Test
	void opensAShopInTheMigratedDatabase() {
		var shop = shops.open(NewShop.of("测试店", Platform.TAOBAO));
		assertThat(shops.find(shop.id())).contains(shop);
	}

	@Test
	void theServerHasNoBeanOfTheBenchmarks() {
		assertThat(Arrays.stream(context.getBeanDefinitionNames())
			.map(name -> context.getType(name, false))
			.filter(Objects::nonNull)
			.map(ClassUtils::getUserClass)
			.map(Class::getName)).isNotEmpty().noneMatch(type -> type.startsWith("io.kefu.bench."));
	}

}
