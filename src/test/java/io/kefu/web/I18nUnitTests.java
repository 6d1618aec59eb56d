package io.kefu.web;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.kefu.access.Role;
import io.kefu.order.Flag;
import io.kefu.order.OrderStatus;
import io.kefu.order.RemarkKind;
import io.kefu.order.RemarkTask;
import io.kefu.quality.Rule;
import io.kefu.quality.Severity;
import io.kefu.reception.ConversationStatus;
import io.kefu.reception.Presence;
import io.kefu.reception.ReceptionStep;
import io.kefu.staff.Certification;
import io.kefu.staff.SkillGroup;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every word a person reads comes from the message files, in both languages: a template
 * may carry no hard-coded Chinese or English, and no key may be missing or empty in
 * either file.
 */
class I18nUnitTests {

	static final Path TEMPLATES = Path.of("src/main/resources/templates");

	static final Path MESSAGES = Path.of("src/main/resources/messages");

	@Test
	void everyKeyIsTranslatedInBothLanguages() throws IOException {
		Properties english = load("messages.properties");
		Properties chinese = load("messages_zh_CN.properties");

		assertThat(chinese.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
		assertThat(blankKeys(english)).isEmpty();
		assertThat(blankKeys(chinese)).isEmpty();
	}

	@Test
	void everyKeyATemplateNamesExists() throws IOException {
		Set<String> keys = load("messages.properties").stringPropertyNames();
		Pattern messageKey = Pattern.compile("#\\{([\\w.]+)");
		for (Path template : templates()) {
			Matcher matcher = messageKey.matcher(Files.readString(template));
			while (matcher.find()) {
				assertThat(keys).as("key in %s", template).contains(matcher.group(1));
			}
		}
	}

	@Test
	void everyEnumShownOnAPageHasAName() throws IOException {
		Set<String> keys = load("messages.properties").stringPropertyNames();
		List<String> needed = new ArrayList<>();
		Stream.of(Role.values()).forEach(role -> needed.add("role." + role.name()));
		Stream.of(SkillGroup.values()).forEach(group -> needed.add("skillGroup." + group.name()));
		Stream.of(Certification.values()).forEach(level -> needed.add("certification." + level.name()));
		Stream.of(Flag.values()).forEach(flag -> needed.add("flag." + flag.name()));
		Stream.of(RemarkKind.values()).forEach(kind -> needed.add("remarkKind." + kind.name()));
		Stream.of(RemarkTask.Status.values()).forEach(status -> {
			needed.add("remarkTasks.status." + status.name());
			needed.add("remarkTasks.empty." + status.name());
		});
		Stream.of(ReceptionStep.values()).forEach(step -> {
			needed.add("workbench.flow.step." + step.name());
			needed.add("workbench.flow.hint." + step.name());
		});
		Stream.of(OrderStatus.values()).forEach(status -> needed.add("workbench.orderStatus." + status.name()));
		Stream.of(Presence.values()).forEach(presence -> needed.add("workbench.presence." + presence.name()));
		Stream.of(ConversationStatus.values()).forEach(status -> needed.add("workbench.status." + status.name()));
		Stream.of(Rule.values()).forEach(rule -> {
			needed.add("quality.rule." + rule.name() + ".name");
			needed.add("quality.rule." + rule.name() + ".description");
		});
		Stream.of(Severity.values()).forEach(severity -> needed.add("quality.severity." + severity.name()));
		assertThat(keys).containsAll(needed);
	}

	@Test
	void templatesHaveNoHardCodedText() throws IOException {
		for (Path template : templates()) {
			assertThat(HardCodedText.in(Files.readString(template))).as("hard-coded text in %s", template).isEmpty();
		}
	}

	@Test
	void findsHardCodedChineseAndEnglish() {
		assertThat(HardCodedText.in("<main><h1>商品</h1></main>")).containsExactly("商品");
		assertThat(HardCodedText.in("<p>Out of stock</p>")).containsExactly("Out of stock");
		assertThat(HardCodedText.in("<span th:text=\"#{x}\">x</span> Hello")).containsExactly("Hello");
		assertThat(HardCodedText.in("<input type=\"text\" placeholder=\"搜索\">")).containsExactly("搜索");
		assertThat(HardCodedText.in("<img src=\"a.png\" alt=\"Logo\">")).containsExactly("Logo");
		assertThat(HardCodedText.in("<button title=\"Save\" type=\"submit\"></button>")).containsExactly("Save");
		assertThat(HardCodedText.in("<input type=\"submit\" value=\"保存\">")).containsExactly("保存");
		assertThat(HardCodedText.in("<h1 th:text=\"'商品'\"></h1>")).containsExactly("商品");
	}

	@Test
	void acceptsTextFromMessagesAndTextWithoutWords() {
		assertThat(HardCodedText.in("<h1 th:text=\"#{products.title}\">商品</h1>")).isEmpty();
		assertThat(HardCodedText.in("<p class=\"error-code\">404</p><span>¥ · 1,000 &nbsp;</span>")).isEmpty();
		assertThat(HardCodedText.in("<input type=\"text\" th:placeholder=\"#{x}\" value=\"\">")).isEmpty();
		assertThat(HardCodedText.in("<input type=\"hidden\" name=\"a\" value=\"PRE_SALES\">")).isEmpty();
		assertThat(HardCodedText.in("<!-- a comment --><script>var a = 'x';</script><style>a{}</style>")).isEmpty();
		assertThat(HardCodedText.in("<p th:text=\"${x}\">[[#{a.b}]]</p>")).isEmpty();
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(file -> file.toString().endsWith(".html")).sorted().toList();
		}
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(MESSAGES.resolve(name), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

	private static Set<String> blankKeys(Properties properties) {
		Set<String> blank = new TreeSet<>();
		properties.stringPropertyNames()
			.stream()
			.filter(key -> properties.getProperty(key).isBlank())
			.forEach(blank::add);
		return blank;
	}

}
