package io.kefu.scripts;

import io.kefu.shop.ShopId;

/**
 * A script or group id, or a shortcut code, that names nothing in the shop's library; one
 * of another shop counts as none.
 */
public class ScriptNotFoundException extends RuntimeException {

	public ScriptNotFoundException(ShopId shopId, String what) {
		super("Shop " + shopId + " has no " + what);
	}

}
