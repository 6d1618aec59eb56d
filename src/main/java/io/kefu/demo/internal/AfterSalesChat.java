package io.kefu.demo.internal;

import io.kefu.reception.MessageKind;

import org.jspecify.annotations.Nullable;

import static io.kefu.demo.internal.Wording.any;

/**
 * An after-sales reception (seed 003 售后常用语 and its damaged-goods case, seed 004 分析: calm
 * the buyer, look up the order, then solve): the buyer describes the problem, often with
 * a photo, the after-sales agent analyses and offers the resolution decided for the case;
 * its remarks and refunds are on the order already ({@link OrderDesk}).
 */
final class AfterSalesChat {

	private AfterSalesChat() {
	}

	/**
	 * @param frontDesk a pre-sales agent who received the buyer first and transfers them,
	 * or null
	 */
	static void play(Consultation c, AfterSalesCase aCase, @Nullable Responder frontDesk, @Nullable String welcome) {
		c.transcript.buyer(MessageKind.CARD, "[订单] " + aCase.orderNo());
		c.buyer(complaint(c, aCase));
		if (aCase.problem() == AfterSalesCase.Problem.DAMAGED || aCase.problem() == AfterSalesCase.Problem.SCRATCHED) {
			c.transcript.buyer(MessageKind.MEDIA, "[图片]");
		}
		if (welcome != null) {
			c.transcript.autoReply(c.agent(), welcome);
		}
		if (frontDesk != null) {
			Responder afterSales = c.agent();
			c.transcript.agent(frontDesk, "亲,售后问题我帮您转接给售后同事处理哦,请稍等");
			c.transcript.system(frontDesk, "客服" + frontDesk.name() + "将会话转交给" + afterSales.name());
		}
		c.answer("亲,非常抱歉给您带来不便,您不要着急哦,我帮您查一下订单");
		resolve(c, aCase);
		c.buyer(GreetingLines.buyerThanks(c.random));
		c.answer("不客气的亲,给您添麻烦了,有任何问题随时联系我们,祝您生活愉快~");
	}

	private static String complaint(Consultation c, AfterSalesCase aCase) {
		return switch (aCase.problem()) {
			case DAMAGED -> any(c.random, "你好,前几天买的台灯到了,灯罩摔裂了", "收到的灯底座是碎的,快递太暴力了");
			case DEAD -> any(c.random, "灯不亮了 充了一晚上电也不亮", "开关按了没反应", "用了两天就不亮了");
			case UNWANTED -> any(c.random, "不想要了 可以退吗", "颜色跟图片不太一样,想退货", "买重复了 能退一个吗");
			case SCRATCHED -> any(c.random, "灯杆上有划痕", "底座有点掉漆");
			case WRONG_COLOUR -> any(c.random, "能换个颜色吗 想换成黑色的", "拍错颜色了 能换吗");
			case LATE -> any(c.random, "怎么还没到 物流好几天没动了", "快递到哪了 三天没更新了");
		};
	}

	private static void resolve(Consultation c, AfterSalesCase aCase) {
		switch (aCase.resolution()) {
			case ADVICE -> advise(c, aCase);
			case RESEND -> {
				askForPhoto(c, aCase);
				c.answer("亲,看到了,确实是运输途中磕坏了,我们马上给您补发一个新的,破损的不用寄回了,补发走顺丰,单号出来发您");
			}
			case EXCHANGE -> {
				c.answer("可以的亲,麻烦您在订单页申请换货,把灯寄回来,我们收到后当天给您发" + any(c.random, "黑色", "白色") + "的,寄回运费有运费险赔付哦");
			}
			case PARTIAL_REFUND -> {
				askForPhoto(c, aCase);
				c.answer("亲,非常抱歉,给您两个方案:1.退回换一个新的;2.不影响使用的话给您补偿20元,您看哪种方便呢?");
				c.buyer("补偿吧 懒得寄了");
				c.answer("好的亲,已经给您申请了20元退款,请注意查收哦");
			}
			case FULL_REFUND -> {
				askForPhoto(c, aCase);
				c.answer("亲,我们支持7天无理由退货,麻烦您在订单页面申请退货退款,商品不影响二次销售就可以哦," + "退回运费有运费险赔付,我们收到货后马上给您退款");
				c.buyer(any(c.random, "好的 已申请", "嗯 我去申请"));
			}
		}
	}

	private static void advise(Consultation c, AfterSalesCase aCase) {
		if (aCase.problem() == AfterSalesCase.Problem.LATE) {
			c.answer("亲,我这边帮您联系快递查件了,是中转站积压了,预计明天就能派送,请您再耐心等一下哦");
			return;
		}
		c.answer("亲,麻烦您长按开关3秒试一下呢,第一次使用需要先充电激活电池哦");
		c.buyer(any(c.random, "好了 可以亮了", "哦哦 亮了"));
	}

	private static void askForPhoto(Consultation c, AfterSalesCase aCase) {
		if (aCase.problem() != AfterSalesCase.Problem.DAMAGED && aCase.problem() != AfterSalesCase.Problem.SCRATCHED) {
			c.answer("亲,麻烦您拍一下灯和外包装的照片给我们看看好吗?");
			c.transcript.buyer(MessageKind.MEDIA, "[图片]");
		}
	}

}
