package io.kefu.web;

import java.util.List;

import io.kefu.shop.Platform;
import io.kefu.shop.Shop;
import io.kefu.shop.ShopId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LayoutModelUnitTests {

	static final Shop LAMPS = new Shop(ShopId.of(1), "视谱台灯旗舰店", Platform.TMALL, Shop.DEFAULT_ZONE,
			java.time.LocalTime.MIDNIGHT);

	static final Shop BULBS = new Shop(ShopId.of(2), "视谱灯泡店", Platform.TAOBAO, Shop.DEFAULT_ZONE,
			java.time.LocalTime.MIDNIGHT);

	@Test
	void currentShopIsTheOneInThePath() {
		assertThat(LayoutModel.currentShop(List.of(LAMPS, BULBS), 2L)).contains(BULBS);
	}

	@Test
	void currentShopIsTheCallersFirstWithoutOneInThePath() {
		assertThat(LayoutModel.currentShop(List.of(LAMPS, BULBS), null)).contains(LAMPS);
	}

	@Test
	void aShopTheCallerDoesNotWorkInIsNeverCurrent() {
		assertThat(LayoutModel.currentShop(List.of(LAMPS), 2L)).isEmpty();
	}

}
