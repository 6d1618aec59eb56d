package io.kefu.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import io.kefu.customer.BuyerId;
import io.kefu.shop.ShopId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the buyer panel masks, what the verification message reads back, and when an order
 * may be voided.
 */
class OrderPanelUnitTests {

	private static final Instant CREATED = Instant.parse("2026-11-22T02:00:00Z");

	private static Order placed() {
		return Order.place(ShopId.of(1), OrderNo.of("TB1"), BuyerId.of(2), CREATED,
				List.of(new OrderItem(null, null, "护眼台灯", "白色", 2, new BigDecimal("99.00")),
						new OrderItem(null, null, "灯泡", "", 1, new BigDecimal("9.90"))),
				BigDecimal.ZERO, new Order.Receiver("欧阳小明", "13812345678", "广东省深圳市南山区科技园路 1 号"));
	}

	@Test
	void thePanelKeepsTheNamesFirstCharacterThePhonesEndsAndTheAddressDownToItsDistrict() {
		MaskedReceiver masked = MaskedReceiver.of(placed().receiver());

		assertThat(masked).isEqualTo(new MaskedReceiver("欧**", "138****5678", "广东省深圳市南山区****"));
		assertThat(MaskedReceiver.name("林")).isEqualTo("林*");
		assertThat(MaskedReceiver.address("某某大学宿舍楼三楼")).isEqualTo("某某大学****");
	}

	@Test
	void theVerificationMessageReadsTheReceiverAndEveryItemWithItsColour() {
		assertThat(VerificationMessage.of(placed()))
			.isEqualTo("亲留的信息是:收货人 欧阳小明,电话 138****5678,地址 广东省深圳市南山区科技园路 1 号;宝贝 护眼台灯(白色) ×2、灯泡 ×1,请您核实一下是否正确?");
	}

	@Test
	void onlyAPaidOrderNotYetShippedMayBeVoided() {
		Order paid = placed().pay(CREATED.plusSeconds(60), new BigDecimal("207.90"));

		assertThat(placed().voidability()).isEqualTo(Order.Voidability.NOT_PAID);
		assertThat(paid.voidability()).isEqualTo(Order.Voidability.VOIDABLE);
		assertThat(paid.ship(CREATED.plusSeconds(600)).voidability()).isEqualTo(Order.Voidability.PRINTED);
		assertThat(paid.ship(CREATED.plusSeconds(600)).complete(CREATED.plusSeconds(6000)).voidability())
			.isEqualTo(Order.Voidability.PRINTED);
		assertThat(placed().close().voidability()).isEqualTo(Order.Voidability.CLOSED);
	}

}
