package io.kefu.reception.web;

import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.kefu.reception.internal.Attendance;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.event.EventListener;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.socket.messaging.SessionConnectedEvent;
import org.springframework.web.socket.messaging.SessionDisconnectEvent;

/**
 * Tells {@link Attendance} what shows that an account is at the desk: a STOMP connection
 * of theirs (from CONNECT until the socket closes, with DISCONNECT or without) and every
 * call of theirs to the API. Visitors' connections and calls are not counted. This is
 * where the STOMP sessions of each account are tracked, by session id.
 */
@Component
@ConditionalOnWebApplication
class SignsOfLife implements HandlerInterceptor, WebMvcConfigurer {

	private final Attendance attendance;

	SignsOfLife(Attendance attendance) {
		this.attendance = attendance;
	}

	@EventListener
	void on(SessionConnectedEvent event) {
		String session = SimpMessageHeaderAccessor.getSessionId(event.getMessage().getHeaders());
		if (session != null) {
			StompAccess.caller(event.getUser()).ifPresent(caller -> attendance.connected(caller.agentId(), session));
		}
	}

	@EventListener
	void on(SessionDisconnectEvent event) {
		attendance.disconnected(event.getSessionId());
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		Principal user = request.getUserPrincipal();
		StompAccess.caller(user).ifPresent(caller -> attendance.called(caller.agentId()));
		return true;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/api/**");
	}

}
