package io.kefu.demo.internal;

import java.util.random.RandomGenerator;

import io.kefu.order.Flag;
import io.kefu.reception.MessageKind;
import io.kefu.shop.Sku;

import static io.kefu.demo.internal.Wording.any;

/**
 * The questions pre-sales buyers ask and the standard answers, adapted to desk lamps from
 * seed 000 (售前规范语言, 淘宝售前售后客服培训 售前客服日常用语, 最全客服流程图) and seed 003 (售中常用语).
 */
enum SalesTopics {

	STOCK {
		@Override
		void play(Consultation c) {
			Sku sku = c.sku();
			c.buyer(any(c.random, sku.spec() + "有货吗?", "这个" + sku.spec() + "还有吗", "有货吗"));
			if (sku.stock() > 0) {
				c.answer(any(c.random, "亲您好,在架的宝贝我们这里都有货的。您放心拍好了,如果有什么问题可以随时找我……嘻",
						"亲,这款" + sku.spec() + "有大量现货,您可以放心订购哦"));
				return;
			}
			Sku other = c.lamp.inStockOtherThan(sku);
			c.answer("抱歉亲," + sku.spec() + "暂时没有货了呢,我先加您为好友,有货了第一时间通知您。同款的" + other.spec() + "有现货,您看看可以吗?");
			c.buyer(any(c.random, "那就" + other.spec() + "吧", "好吧 那要" + other.spec()));
			c.switchTo(other);
		}
	},
	COLOUR {
		@Override
		void play(Consultation c) {
			c.answer("亲,请问您是否有款式或者颜色的要求呢?如果有的话记得拍下时备注哦!");
			c.buyer(any(c.random, "要" + c.sku().spec() + "的", c.sku().spec() + "好看吗", "我想要" + c.sku().spec()));
			c.answer("亲,您的眼光真不错," + c.sku().spec() + "是我们卖得非常好的款式,很多顾客都选这个哦");
		}
	},
	SIZE {
		@Override
		void play(Consultation c) {
			c.buyer(any(c.random, "这个灯多高啊", "尺寸多大 书桌小放得下吗", "灯头有多长"));
			c.answer("亲,这款的尺寸是" + c.lamp.value("尺寸", "灯体小巧,底座直径约15cm") + ",一般的书桌床头柜都可以放下的哦");
		}
	},
	EYES {
		@Override
		void play(Consultation c) {
			c.buyer(any(c.random, "护眼吗", "孩子用会不会伤眼睛", "有没有频闪", "蓝光高不高"));
			c.answer("亲,这款是" + c.lamp.value("频闪", "无频闪") + "的,蓝光危害等级" + c.lamp.value("蓝光危害", "RG0") + ",显色指数"
					+ c.lamp.value("显色指数", "Ra≥90") + ",长时间看书写作业也放心的哦");
		}
	},
	BATTERY {
		@Override
		void play(Consultation c) {
			c.buyer(any(c.random, "充一次电用多久", "能充电吗 宿舍晚上断电", "电池多大的"));
			c.answer("亲,这款是充电的哦,电池容量" + c.lamp.value("电池容量", "2000mAh") + "," + c.lamp.value("续航", "约8小时")
					+ ",不需要一直插电使用,您家里停电了也不用担心呢");
		}
	},
	DIMMING {
		@Override
		void play(Consultation c) {
			c.buyer(any(c.random, "能调亮度吗", "可以调色温吗", "灯光会不会太亮"));
			c.answer("亲,这款是" + c.lamp.value("调光方式", "触控调光") + "的哦,色温" + c.lamp.value("色温", "4000K")
					+ ",最低的亮度适合您晚上夜起使用,最亮就适合您看书阅读");
		}
	},
	COURIER {
		@Override
		void play(Consultation c) {
			c.buyer(any(c.random, "发什么快递", "能发顺丰吗", "快递是哪家"));
			c.answer("亲爱的客人,我们这里默认快递是圆通快递,不知道您那边能不能到呢?");
			if (!c.destination.defaultCourierReaches()) {
				c.buyer("我在" + c.destination.province() + "的");
				c.answer("不好意思了亲,您这边圆通是不到的,我们这里还有顺丰和EMS。亲可以指定一种快递来发货," + "如果选择EMS的话,我们发货时间要延迟一天,这个您要注意下哦~");
				c.buyer("那发EMS吧");
				c.remark("客户要求发EMS", Flag.RED);
			}
			else if (c.random.nextInt(4) == 0) {
				c.buyer("想发顺丰 快一点");
				c.answer("可以的亲,顺丰需要补差价12元,您拍下后我帮您备注改发顺丰哦");
				c.remark("客户要求发顺丰,已补差价12元", Flag.RED);
			}
			else {
				c.buyer(any(c.random, "能到的", "可以", "圆通可以"));
			}
		}
	},
	DELIVERY {
		@Override
		void play(Consultation c) {
			c.buyer(any(c.random, "几天能到", "什么时候发货", "今天能发吗", "多久能到" + c.destination.province()));
			c.answer("亲,下午4点前拍下的话,正常情况下货品是当天发的,如果不是的话就要等到明天了哟~到" + c.destination.province() + "一般"
					+ c.destination.days() + "-" + (c.destination.days() + 2) + "天左右到货的!");
		}
	},
	FREE_SHIPPING {
		@Override
		void play(Consultation c) {
			c.buyer(any(c.random, "包邮吗", "运费多少", "有运费险吗"));
			c.answer("亲,全店包邮的哦(新疆西藏除外),还赠送运费险,收到不满意退换也没有后顾之忧呢");
		}
	},
	GENUINE {
		@Override
		void play(Consultation c) {
			c.buyer(any(c.random, "是正品吗", "质量怎么样", "会不会用几天就坏"));
			c.answer("亲,视谱天猫旗舰店品牌直销哦,旗舰店是需要公司营业执照、注册商标、税务登记证、产品质检报告等手续证明才能开的。"
					+ "所以这个问题您大可放心,不仅确保正品,而且确保实惠。非人为损坏一年内免费换新哦");
		}
	},
	BARGAIN {
		@Override
		void play(Consultation c) {
			c.buyer(any(c.random, "能便宜点吗", "便宜点呗", "有优惠吗", "别家比你们便宜"));
			c.answer(any(c.random, "亲,价格都是很优惠了呢。我们不是个体经营,售价都是公司统一制定,很抱歉我们没权限修改的哦,宝贝价位非常不错的呢," + "您多多包涵。还是质量有保障才是第一位的嘛。",
					"亲,我们产品都是线上线下价格统一的,质量是有保证的。别家产品不是很清楚呢,我们是视谱旗舰店天猫品牌直销,天猫正品保证哦!"));
			if (c.random.nextInt(3) == 0) {
				c.buyer(any(c.random, "再便宜点吧 我买两个", "就便宜一点点嘛", "送点东西也行"));
				c.answer("我只是一个小小的客服,没有权限修改价格的,这样吧,我去帮您向我们主管申请一下,看看能不能拿到折扣," + "不过这样的机会是很艰难的,我尽量帮您申请吧~麻烦您稍等我2分钟~");
				c.transcript.pause(c.random.nextInt(120, 181));
				c.answer("亲,主管说因为天猫价格修改不了,不过我给您争取到了精美礼品一份(台灯收纳袋)。这个礼物质量很好的,您看这样好吗?");
				c.buyer(any(c.random, "好吧", "那行吧", "好的 谢谢"));
				c.remark("承诺赠送台灯收纳袋一个", Flag.YELLOW);
			}
		}
	},
	INVOICE {
		@Override
		void play(Consultation c) {
			c.buyer(any(c.random, "能开发票吗", "公司报销 要发票"));
			c.answer("可以的亲,支持开具电子普通发票,下单时备注抬头和税号就可以,确认收货后3个工作日内开出哦");
			c.remark("客户要开电子发票,抬头税号见留言", Flag.BLUE);
		}
	},
	PHOTO {
		@Override
		void play(Consultation c) {
			c.transcript.buyer(MessageKind.MEDIA, "[图片]");
			c.buyer(any(c.random, "我桌子是这样的 放得下吗", "放这个位置合适吗"));
			c.transcript.agent(c.agent(), MessageKind.MEDIA, "[图片]");
			c.answer("亲,给您发了尺寸图,您对比一下哦," + c.lamp.value("尺寸", "灯体小巧") + ",放您的书桌完全没问题的");
		}
	};

	abstract void play(Consultation c);

	/**
	 * A topic for the buyer's next question; stock is asked most, invoices seldom,
	 * batteries only of lamps with one.
	 */
	static SalesTopics pick(RandomGenerator random, Lamp lamp) {
		SalesTopics topic = values()[random.nextInt(values().length)];
		if (topic == INVOICE && random.nextInt(4) != 0) {
			return STOCK;
		}
		return topic == BATTERY && !lamp.has("续航") ? DIMMING : topic;
	}

}
