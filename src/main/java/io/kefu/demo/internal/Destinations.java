package io.kefu.demo.internal;

import java.util.List;
import java.util.random.RandomGenerator;

import io.kefu.order.Order;

/**
 * Where demo orders go, with the receiver shown masked as agents see it (138****1234) and
 * how long the default courier takes (seed 000: 江浙沪皖一般1-2天, 其他地区2-4天).
 */
final class Destinations {

	private static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙",
			"胡", "朱", "高", "林", "何", "郭", "马", "罗");

	private static final List<String> PREFIXES = List.of("138", "139", "135", "136", "137", "150", "151", "152", "158",
			"159", "182", "187", "188", "130", "131", "155", "186", "133", "153", "180", "189", "177", "199");

	private static final List<Place> PLACES = List.of(new Place("浙江省", "杭州市 西湖区 文三路", 1),
			new Place("浙江省", "宁波市 鄞州区 天童南路", 1), new Place("上海", "上海市 浦东新区 张杨路", 1),
			new Place("江苏省", "南京市 鼓楼区 中山北路", 1), new Place("江苏省", "苏州市 工业园区 星湖街", 1),
			new Place("安徽省", "合肥市 蜀山区 长江西路", 2), new Place("广东省", "广州市 天河区 体育西路", 2),
			new Place("广东省", "深圳市 南山区 科技园路", 2), new Place("北京", "北京市 海淀区 中关村大街", 2),
			new Place("山东省", "济南市 历下区 泉城路", 2), new Place("湖北省", "武汉市 洪山区 珞喻路", 2), new Place("四川省", "成都市 武侯区 人民南路", 3),
			new Place("河南省", "郑州市 金水区 花园路", 2), new Place("湖南省", "长沙市 岳麓区 麓山南路", 2),
			new Place("福建省", "厦门市 思明区 湖滨南路", 2), new Place("陕西省", "西安市 雁塔区 小寨东路", 3),
			new Place("辽宁省", "沈阳市 和平区 南京北街", 3), new Place("黑龙江省", "哈尔滨市 南岗区 西大直街", 4),
			new Place("新疆", "乌鲁木齐市 天山区 解放南路", 6), new Place("西藏", "拉萨市 城关区 北京中路", 7));

	private Destinations() {
	}

	static Destination next(RandomGenerator random) {
		// the last two places are where the default courier does not go; keep them rare
		int index = random.nextInt(50) == 0 ? PLACES.size() - 1 - random.nextInt(2) : random.nextInt(PLACES.size() - 2);
		Place place = PLACES.get(index);
		String name = SURNAMES.get(random.nextInt(SURNAMES.size())) + (random.nextBoolean() ? "女士" : "先生");
		String phone = PREFIXES.get(random.nextInt(PREFIXES.size())) + "****" + random.nextInt(1000, 10000);
		String address = place.province() + " " + place.street() + "***号";
		return new Destination(new Order.Receiver(name, phone, address), place.province(), place.days());
	}

	/**
	 * A receiver, the province that decides the courier, and the usual days in transit.
	 */
	record Destination(Order.Receiver receiver, String province, int days) {

		boolean defaultCourierReaches() {
			return DemoKnowledge.COURIERS.reaches(DemoKnowledge.DEFAULT_COURIER, province);
		}
	}

	private record Place(String province, String street, int days) {
	}

}
