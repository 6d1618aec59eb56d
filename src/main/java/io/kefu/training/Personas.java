package io.kefu.training;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.kefu.staff.SkillGroup;
import io.kefu.training.Persona.Branch;
import io.kefu.training.Persona.Node;

/**
 * The mystery shopper's buyers, from the situations of the seeds: the bargainer (seed
 * 003, 议价: 价格可以便宜点吗, 多次议价的顾客, 别家的比你便宜), the buyer who asks for free shipping and SF
 * Express (seed 002: 我们有发圆通、申通、顺丰; 免邮费), the buyer who wants a product out of stock, and
 * the angry after-sales buyer whose goods arrived broken (seed 002's 衣服有破损, 要求换货; the
 * return postage question). {@code {product}} is the product drawn from the shop's
 * catalogue at the session's start, {@code {sku}} its SKU.
 */
public final class Personas {

	public static final Persona BARGAINER = new Persona("BARGAINER", SkillGroup.PRE_SALES, "小鱼爱逛街", "start",
			Map.of("start",
					new Node("在吗？{product}能便宜点吗？",
							List.of(Branch.when("offered", "优惠券", "便宜", "少点", "少一点", "少收", "折", "减", "送您", "赠", "改价"),
									Branch.when("refused", "统一定价", "不议价", "没有权限", "没权限", "最低", "包涵", "抱歉", "已经很优惠",
											"实惠")),
							"到底能不能便宜点啊？我诚心要的。"),
					"offered",
					new Node("那再少十块我就拍了，行不行？",
							List.of(Branch.when("deal", "可以", "好的", "行", "帮您改", "拍下"),
									Branch.when("deal", "不能", "抱歉", "最低", "已经")),
							"再少一点嘛，十块钱而已。"),
					"refused",
					new Node("别家比你们便宜多了，真的一点都不能少？",
							List.of(Branch.when("quality", "正品", "质量", "保障", "厂家", "售后", "保修"),
									Branch.when("gift", "优惠", "券", "送", "包邮", "赠品")),
							"不能少的话我去别家看看了。"),
					"deal", Node.last("好吧，那我拍了，记得早点发货哦。"), "quality", Node.last("好吧，质量有保障就行，我拍了。"), "gift",
					Node.last("那行，送点小礼品我就拍。")),
			8, "算了，我再看看别家吧。");

	public static final Persona SHIPPING = new Persona("SHIPPING", SkillGroup.PRE_SALES, "阿杰_2019", "start", Map.of(
			"start",
			new Node("你好，{product}包邮吗？能发顺丰吗？",
					List.of(Branch.when("sf", "顺丰", "补差价", "补运费", "补邮费"),
							Branch.when("default", "包邮", "免邮", "免运费", "中通", "圆通", "申通", "韵达", "默认")),
					"到底包不包邮啊？顺丰能发吗？"),
			"sf", new Node("顺丰要补多少？几天能到？", List.of(Branch.when("done", "元", "块", "天", "明天", "后天")), "补多少钱你说个数呀。"),
			"default",
			new Node("那默认快递几天能到上海？我急用。",
					List.of(Branch.when("sf", "顺丰"), Branch.when("done", "天", "明天", "后天", "小时", "当天")), "几天能到你说一下嘛。"),
			"done", Node.last("好的，那我拍了，尽快发货哦。")), 6, "问了半天也没说清楚，算了。");

	public static final Persona OUT_OF_STOCK = new Persona("OUT_OF_STOCK", SkillGroup.PRE_SALES, "lily陈", "start",
			Map.of("start",
					new Node("{product}还有货吗？我想要{sku}。",
							List.of(Branch.when("when", "没货", "缺货", "断货", "售罄", "补货", "暂时没有", "没有了", "卖完"),
									Branch.when("sure", "有货", "有的", "现货", "可以拍")),
							"在吗？有没有货啊？"),
					"sure",
					new Node("真的有吗？页面上显示没货啊。", List.of(Branch.when("when", "抱歉", "不好意思", "没货", "缺货", "核实", "确实")),
							"你再帮我确认一下吧。"),
					"when",
					new Node("那什么时候有货？", List.of(Branch.when("alternative", "天", "周", "到货", "通知", "登记", "月")),
							"大概什么时候能到货？"),
					"alternative", new Node("等不了那么久，有差不多的推荐吗？",
							List.of(Branch.when("done", "推荐", "这款", "可以看看", "链接", "也很", "同款")), "就没有别的款吗？"),
					"done", Node.last("好的我看看，谢谢。")),
			7, "那我去别家买了。");

	public static final Persona ANGRY_AFTER_SALES = new Persona("ANGRY_AFTER_SALES", SkillGroup.AFTER_SALES, "王先生",
			"start",
			Map.of("start",
					new Node("你们怎么回事？买的{product}收到就是坏的！",
							List.of(Branch.when("apologised", "抱歉", "对不起", "不好意思", "给您添麻烦"),
									Branch.when("photo", "照片", "图片", "拍照", "视频")),
							"有没有人管啊？？"),
					"apologised",
					new Node("道歉有什么用，我要退货！",
							List.of(Branch.when("photo", "照片", "图片", "拍", "视频"),
									Branch.when("postage", "退货", "退款", "换货", "补发", "重新发")),
							"我要退货，听见没有！"),
					"photo",
					new Node("照片发了，灯都摔裂了，你们到底怎么处理？", List.of(Branch.when("postage", "退", "换", "补发", "重新发")),
							"照片都给你了，快说怎么处理！"),
					"postage",
					new Node("那运费谁出？我可不出。",
							List.of(Branch.when("done", "我们承担", "我们出", "运费险", "补给您", "报销", "不用您", "我们来出")), "运费我可不出啊！"),
					"done", Node.last("那还行，你们尽快处理，别再让我等了。")),
			8, "说了半天也没解决，我要投诉！");

	private static final List<Persona> ALL = List.of(BARGAINER, SHIPPING, OUT_OF_STOCK, ANGRY_AFTER_SALES);

	private Personas() {
	}

	public static List<Persona> all() {
		return ALL;
	}

	public static Optional<Persona> byCode(String code) {
		return ALL.stream().filter(persona -> persona.code().equals(code)).findFirst();
	}

}
