package io.kefu.demo;

/** Builds the demo shop. */
public interface DemoShop {

	String NAME = "视谱台灯旗舰店";

	/** The password of every demo account; for the demo only. */
	String PASSWORD = "kefu-demo";

	/**
	 * Creates the demo shop with its catalogue, staff and history.
	 * @throws IllegalStateException when a shop named {@value #NAME} already exists
	 */
	DemoSummary generate(DemoVolume volume);

}
