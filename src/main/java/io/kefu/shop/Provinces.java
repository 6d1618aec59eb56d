package io.kefu.shop;

import java.util.List;

/**
 * The province-level divisions couriers' coverage is told by, in the usual order (华北, 东北,
 * 华东 …).
 */
public final class Provinces {

	public static final List<String> ALL = List.of("北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "上海", "江苏", "浙江",
			"安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "广西", "海南", "重庆", "四川", "贵州", "云南", "西藏", "陕西", "甘肃", "青海",
			"宁夏", "新疆", "香港", "澳门", "台湾");

	private Provinces() {
	}

}
