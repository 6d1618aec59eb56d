package io.kefu.demo.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.kefu.shop.CourierSetting;
import io.kefu.shop.StorePolicy;

/**
 * What the demo shop's agents must know besides the catalogue: its campaigns, couriers
 * and promises. The courier lines follow seed 000 (默认快递是圆通, 不到的地方推荐其它快递, 下午4点前拍下当天发).
 */
final class DemoKnowledge {

	static final String DEFAULT_COURIER = "圆通";

	static final CourierSetting COURIERS = new CourierSetting(DEFAULT_COURIER, List.of("顺丰", "中通", "韵达", "EMS"),
			Map.of("圆通", Set.of("新疆", "西藏", "青海玉树"), "中通", Set.of("西藏"), "韵达", Set.of("西藏", "新疆阿里")),
			LocalTime.of(16, 0));

	static final List<StorePolicy> POLICIES = List.of(
			new StorePolicy("SEVEN_DAY_RETURN", "七天无理由退换", "本店支持7天无理由退换货,商品不影响二次销售即可,让您再无后顾之忧。"),
			new StorePolicy("SHIPPING_INSURANCE", "运费险", "全店商品赠送运费险,退换货的寄回运费由保险公司赔付。"),
			new StorePolicy("WARRANTY", "一年质保", "非人为损坏一年内免费换新,寄回运费由我们承担。"),
			new StorePolicy("INVOICE", "发票", "支持开具电子普通发票,下单时备注抬头和税号,确认收货后3个工作日内开出。"));

	private DemoKnowledge() {
	}

	/**
	 * The campaigns around {@code lastDay}: the 双11 that ended most recently and the 双12
	 * warm-up after it.
	 */
	static List<Campaign> campaigns(LocalDate lastDay) {
		int year = lastDay.getMonthValue() >= Month.NOVEMBER.getValue() ? lastDay.getYear() : lastDay.getYear() - 1;
		return List.of(new Campaign("双11全球狂欢节", LocalDate.of(year, 11, 1), LocalDate.of(year, 11, 12),
				"双11活动期间全店满300减50,前1小时付款再送台灯收纳袋一个,活动价格已经是全年最低了哦。", new BigDecimal("300.00"), new BigDecimal("50.00")),
				new Campaign("双12预热", LocalDate.of(year, 11, 20), LocalDate.of(year, 12, 13),
						"现在我们店在举行“双12预热”活动,即日起领取店铺优惠券满199减20,下单就送价值29元的护眼USB小夜灯一个哟!", new BigDecimal("199.00"),
						new BigDecimal("20.00")));
	}

	/**
	 * A campaign from its first day to the day before {@code until}, with its coupon (满
	 * threshold 减 off).
	 */
	record Campaign(String name, LocalDate from, LocalDate until, String script, BigDecimal threshold, BigDecimal off) {

		boolean runsOn(LocalDate day) {
			return !day.isBefore(from) && day.isBefore(until);
		}

		/** The last day is the day itself (双11当天), the busiest of the year. */
		boolean endsOn(LocalDate day) {
			return day.equals(until.minusDays(1));
		}

		/** What the coupon takes off an order of that amount. */
		BigDecimal couponFor(BigDecimal amount) {
			return amount.compareTo(threshold) >= 0 ? off : BigDecimal.ZERO;
		}
	}

}
