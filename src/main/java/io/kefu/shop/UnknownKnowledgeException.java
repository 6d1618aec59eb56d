package io.kefu.shop;

/**
 * A promotion, product or product issue the shop does not have; another shop's counts as
 * none.
 */
public class UnknownKnowledgeException extends RuntimeException {

	public UnknownKnowledgeException(String what, long id, ShopId shop) {
		super("Shop " + shop + " has no " + what + " " + id);
	}

}
