package io.kefu.access.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Where the API finds who is signed in: a request with Basic credentials only in the
 * request itself (its session, if the browser sent one, is neither read nor written); any
 * other request in its existing session, which it never creates.
 */
final class SessionUnlessBasic implements SecurityContextRepository {

	private final HttpSessionSecurityContextRepository session = new HttpSessionSecurityContextRepository();

	private final RequestAttributeSecurityContextRepository request = new RequestAttributeSecurityContextRepository();

	SessionUnlessBasic() {
		session.setAllowSessionCreation(false);
	}

	@Override
	public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
		return of(request).loadDeferredContext(request);
	}

	@Override
	@Deprecated
	public SecurityContext loadContext(HttpRequestResponseHolder holder) {
		return of(holder.getRequest()).loadDeferredContext(holder.getRequest()).get();
	}

	@Override
	public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
		of(request).saveContext(context, request, response);
	}

	@Override
	public boolean containsContext(HttpServletRequest request) {
		return of(request).containsContext(request);
	}

	private SecurityContextRepository of(HttpServletRequest request) {
		return BrowserRequests.carriesBasic(request) ? this.request : session;
	}

}
