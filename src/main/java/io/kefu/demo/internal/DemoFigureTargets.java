package io.kefu.demo.internal;

import java.math.BigDecimal;

import io.kefu.analytics.FigureTargets;
import io.kefu.analytics.Figures;
import io.kefu.shop.Shop;

import org.springframework.stereotype.Component;

/**
 * The supervisor's targets for each agent in the demo shop, so that the figures, the home
 * page and the trend charts show values against them: a weekly inquiry conversion of 35%,
 * an average response of 60 seconds and ¥35,000 of sales a month. The demo's agents meet
 * some and miss others.
 */
@Component
class DemoFigureTargets {

	static final FigureTargets TARGETS = new FigureTargets(0.35, 60.0, new BigDecimal("35000"));

	private final Figures figures;

	DemoFigureTargets(Figures figures) {
		this.figures = figures;
	}

	void set(Shop shop) {
		figures.changeSettings(shop.id(), figures.settings(shop.id()).withTargets(TARGETS));
	}

}
