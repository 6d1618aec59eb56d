package io.kefu.training;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trainer's Markdown becomes HTML that every agent's browser may show: Markdown is
 * rendered, raw HTML stays text and unsafe link addresses are dropped.
 */
class CurriculumMarkdownUnitTests {

	@Test
	void markdownBecomesHeadingsListsAndEmphasis() {
		String html = CurriculumMarkdown.toHtml("## 下单\n\n- 核对**地址**\n- [规则](https://rule.tmall.com)\n");

		assertThat(html).contains("<h2>下单</h2>", "<li>核对<strong>地址</strong></li>",
				"href=\"https://rule.tmall.com\">规则</a>");
	}

	@Test
	void aScriptInTheMarkdownIsShownAsTextNotRun() {
		String html = CurriculumMarkdown.toHtml("亲<script>alert('x')</script>\n\n<img src=x onerror=alert(1)>\n");

		assertThat(html).doesNotContain("<script", "<img")
			.contains("&lt;script&gt;", "&lt;img src=x onerror=alert(1)&gt;");
	}

	@Test
	void aJavascriptLinkLosesItsAddress() {
		String html = CurriculumMarkdown
			.toHtml("[点我](javascript:alert(1)) [图](data:text/html;base64,PHNjcmlwdD4=) ![x](JavaScript:alert(2))");

		assertThat(html.toLowerCase()).doesNotContain("javascript:", "data:");
		assertThat(html).contains("href=\"\">点我</a>", "<img src=\"\"");
	}

	@Test
	void aSchemeLessLinkToAnotherSiteLosesItsAddressButAPathOfKefuKeepsIt() {
		assertThat(CurriculumMarkdown.toHtml("[t](//evil.example/x) [b](/\\\\evil.example)"))
			.doesNotContain("evil.example/x\"")
			.doesNotContain("href=\"/\\\\evil");
		assertThat(CurriculumMarkdown.toHtml("[p](/shops/1/training/curriculum/skills)"))
			.contains("href=\"/shops/1/training/curriculum/skills\"");
	}

}
