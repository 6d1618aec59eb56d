package io.kefu.demo;

/**
 * Whether the demo accounts can be signed in with their published password
 * ({@link DemoShop#PASSWORD}): while the demo shop exists and the instance runs with the
 * demo on ({@code KEFU_DEMO}, on by default). Started with the demo off, the instance
 * retires that password; the pages warn while it is public.
 */
public interface DemoAccounts {

	boolean passwordIsPublic();

}
