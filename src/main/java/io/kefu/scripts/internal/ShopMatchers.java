package io.kefu.scripts.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import io.kefu.scripts.ScriptMatcher;

import org.springframework.stereotype.Component;

/**
 * One suggestion index per shop, kept in memory and rebuilt on the first suggestion after
 * the shop's library has changed. Building reads the library and indexes it in well under
 * a second, so the least recently used shops are simply dropped beyond {@link #SHOPS}.
 */
@Component
class ShopMatchers {

	static final int SHOPS = 256;

	private final LibraryVersions versions;

	private final ScriptReads reads;

	private final Map<Long, Built> built = new LinkedHashMap<>(16, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<Long, Built> eldest) {
			return size() > SHOPS;
		}
	};

	ShopMatchers(LibraryVersions versions, ScriptReads reads) {
		this.versions = versions;
		this.reads = reads;
	}

	/**
	 * The shop's matcher as of now. The version is read before the scripts, so a matcher
	 * is never older than the version it is filed under; two requests that find it stale
	 * at once both build, and either result is current.
	 */
	ScriptMatcher of(long shopId) {
		long version = versions.current(shopId);
		Built known;
		synchronized (built) {
			known = built.get(shopId);
		}
		if (known != null && known.version() == version) {
			return known.matcher();
		}
		Built fresh = new Built(version, ScriptMatcher.over(reads.all(shopId)));
		synchronized (built) {
			built.put(shopId, fresh);
		}
		return fresh.matcher();
	}

	private record Built(long version, ScriptMatcher matcher) {
	}

}
