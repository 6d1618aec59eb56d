package io.kefu.bench;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import io.kefu.access.Caller;
import io.kefu.access.Role;
import io.kefu.customer.BuyerId;
import io.kefu.customer.Buyers;
import io.kefu.reception.Archive;
import io.kefu.reception.ArchiveQuery;
import io.kefu.reception.Direction;
import io.kefu.reception.MessageKind;
import io.kefu.reception.Messages;
import io.kefu.reception.NewMessage;
import io.kefu.shop.NewShop;
import io.kefu.shop.Platform;
import io.kefu.shop.Shop;
import io.kefu.shop.Shops;
import io.kefu.staff.Agent;
import io.kefu.staff.AgentDraft;
import io.kefu.staff.AgentId;
import io.kefu.staff.Certification;
import io.kefu.staff.SkillGroup;
import io.kefu.staff.Staff;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code bench archive}: stores a shop's chat history (a million messages by default, 90
 * days, shop phrases with varying products and numbers), indexes it, and times archive
 * searches (the server's path: index, then the page of hits read from the database)
 * beside the same searches as a plain SQL scan ({@code content like '%word%'}, newest 20
 * and the count), the search Kefu would do without an index.
 */
public class ArchiveBench {

	/** A search and its timings in milliseconds. */
	public record Timing(String search, long total, double medianMs, double worstMs, double sqlMs) {

		public double ratio() {
			return sqlMs / medianMs;
		}

	}

	/** What one run measured. */
	public record Result(int messages, double storeSeconds, double indexSeconds, List<Timing> timings) {
	}

	private static final String[] BUYER_LINES = { "亲，在吗", "这款%s还有货吗", "发什么快递，能发顺丰吗", "包邮吗", "今天下单什么时候发货", "%s尺码偏大还是偏小",
			"我身高%d，选哪个码", "可以便宜点吗", "有优惠券吗", "地址填错了能改吗", "收到的%s有破损怎么办", "七天无理由可以退吗", "物流怎么一直不动", "能开发票吗", "颜色和图片一样吗",
			"%s是正品吗", "退款什么时候到账", "我要换货，换大一码", "催一下发货", "好的谢谢" };

	private static final String[] AGENT_LINES = { "亲，您好，很高兴为您服务", "有货的亲，拍下就给您安排", "默认中通，补%d元可以发顺丰", "满%d元包邮哦",
			"16点前下单当天发货", "%s按平时尺码拍就可以", "建议选%s码", "亲，价格已经是最低了", "店铺首页可以领券哦", "发货前可以改，我帮您备注", "亲，拍照给我，给您补发或者退款",
			"支持七天无理由退换", "我帮您催一下快递", "可以开电子发票", "是实物拍摄的亲", "保证正品，假一赔十", "退款%d个工作日内原路返回", "好的，帮您登记换货", "已经催仓库了亲",
			"不客气，祝您生活愉快" };

	private static final String[] PRODUCTS = { "羽绒服", "连衣裙", "运动鞋", "保温杯", "蓝牙耳机", "四件套", "行李箱", "电饭煲", "面膜", "儿童书包" };

	/**
	 * The searches timed: a word in most messages, a common and a rare one, a phrase, two
	 * words, and filters.
	 */
	private static final String[] SEARCHES = { "亲", "顺丰", "破损", "假一赔十", "包邮 顺丰", "羽绒服 尺码", "不存在的词" };

	private static final int BUYERS = 20_000;

	private static final int AGENTS = 20;

	private static final int BATCH = 50_000;

	private static final int RUNS = 15;

	private final Shops shops;

	private final Staff staff;

	private final Buyers buyers;

	private final Messages messages;

	private final Archive archive;

	private final JdbcClient jdbc;

	private final Clock clock;

	ArchiveBench(Shops shops, Staff staff, Buyers buyers, Messages messages, Archive archive, JdbcClient jdbc,
			Clock clock) {
		this.shops = shops;
		this.staff = staff;
		this.buyers = buyers;
		this.messages = messages;
		this.archive = archive;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public Result run(int count) {
		Instant now = clock.instant();
		Shop shop = shops.open(NewShop.of("聊天记录基准店" + now.toEpochMilli(), Platform.TAOBAO));
		List<AgentId> agents = hire(shop);
		Map<String, Instant> nicks = new HashMap<>();
		for (int b = 0; b < BUYERS; b++) {
			nicks.put("tb_bench_" + b, now.minus(Duration.ofDays(91)));
		}
		Map<String, BuyerId> buyerIds = buyers.recogniseAll(shop.id(), nicks);
		long start = System.nanoTime();
		store(shop, agents, buyerIds, count, now);
		double storeSeconds = (System.nanoTime() - start) / 1e9;
		start = System.nanoTime();
		archive.catchUp();
		double indexSeconds = (System.nanoTime() - start) / 1e9;
		Caller supervisor = new Caller(0, "bench", "bench", Set.of(shop.id().value()), Set.of(Role.SUPERVISOR));
		List<Timing> timings = new ArrayList<>();
		for (String words : SEARCHES) {
			timings.add(time(shop, supervisor, words, null, null, null));
		}
		LocalDate today = shop.businessDay(now);
		timings.add(time(shop, supervisor, "发货", null, "tb_bench_7", null));
		timings.add(time(shop, supervisor, "顺丰", agents.get(3).value(), null, null));
		timings.add(time(shop, supervisor, "退款", null, null, today.minusDays(7)));
		return new Result(count, storeSeconds, indexSeconds, timings);
	}

	private List<AgentId> hire(Shop shop) {
		List<AgentId> agents = new ArrayList<>();
		for (int i = 0; i < AGENTS; i++) {
			Agent agent = staff.hire(shop.id(), new AgentDraft("客服" + i, "客服" + i, Set.of(Role.PRE_SALES),
					SkillGroup.PRE_SALES, Certification.CERTIFIED, null, true), Optional.empty());
			agents.add(agent.id());
		}
		return agents;
	}

	/**
	 * Conversations of a buyer's question and the agent's answer, spread over 90 days.
	 */
	private void store(Shop shop, List<AgentId> agents, Map<String, BuyerId> buyerIds, int count, Instant now) {
		Random random = new Random(20261207);
		BuyerId[] ids = buyerIds.values().toArray(BuyerId[]::new);
		Arrays.sort(ids, (a, b) -> Long.compare(a.value(), b.value()));
		Instant first = now.minus(Duration.ofDays(90));
		long span = Duration.between(first, now).toSeconds();
		List<NewMessage> batch = new ArrayList<>(BATCH);
		for (int i = 0; i < count; i += 2) {
			BuyerId buyer = ids[random.nextInt(ids.length)];
			AgentId agent = agents.get(random.nextInt(agents.size()));
			Instant asked = first.plusSeconds((long) i * span / count);
			int topic = random.nextInt(BUYER_LINES.length);
			batch.add(new NewMessage(shop.id(), buyer, Direction.IN, MessageKind.TEXT, null, asked,
					line(BUYER_LINES[topic], random), null));
			batch.add(new NewMessage(shop.id(), buyer, Direction.OUT, MessageKind.TEXT, agent,
					asked.plusSeconds(5 + random.nextInt(60)), line(AGENT_LINES[topic], random), null));
			if (batch.size() >= BATCH) {
				messages.append(batch);
				batch.clear();
			}
		}
		if (!batch.isEmpty()) {
			messages.append(batch);
		}
	}

	private static String line(String template, Random random) {
		return template.replace("%s", PRODUCTS[random.nextInt(PRODUCTS.length)])
			.replace("%d", Integer.toString(5 + random.nextInt(200)));
	}

	private Timing time(Shop shop, Caller caller, String words, Long agent, String buyer, LocalDate from) {
		ArchiveQuery query = new ArchiveQuery(words, agent, null, buyer, from, null, 1);
		long total = archive.search(caller, shop.id(), query).total();
		double[] ms = new double[RUNS];
		for (int run = 0; run < RUNS; run++) {
			long start = System.nanoTime();
			archive.search(caller, shop.id(), query);
			ms[run] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(ms);
		String label = words + (agent != null ? " +agent" : "") + (buyer != null ? " +buyer" : "")
				+ (from != null ? " +7 days" : "");
		return new Timing(label, total, ms[RUNS / 2], ms[RUNS - 1], sql(shop, words));
	}

	/**
	 * The same words as a scan: the count and the newest page, as the archive answers.
	 */
	private double sql(Shop shop, String words) {
		StringBuilder where = new StringBuilder("shop_id = ?");
		List<Object> params = new ArrayList<>(List.of(shop.id().value()));
		for (String word : words.split(" ")) {
			where.append(" and content like ?");
			params.add("%" + word + "%");
		}
		long start = System.nanoTime();
		jdbc.sql("select count(*) from message where " + where).params(params).query(Long.class).single();
		jdbc.sql("select id from message where " + where + " order by sent_at desc, id desc limit 20")
			.params(params)
			.query(Long.class)
			.list();
		return (System.nanoTime() - start) / 1e6;
	}

}
