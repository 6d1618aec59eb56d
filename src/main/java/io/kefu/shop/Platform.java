package io.kefu.shop;

/** The marketplace a shop sells on (平台). */
public enum Platform {

	TAOBAO, TMALL, JD, PDD, DOUYIN, OWN_SITE

}
