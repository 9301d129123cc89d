package org.policyledger.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.policyledger.integrity.Hashes;
import org.policyledger.read.ReadModelMaintenance;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every successful read answer under {@code /api} carries a weak {@code ETag}, and a
 * client that sends it back in {@code If-None-Match} gets 304 without the body while the
 * answer has not changed.
 * <p>
 * The answers of {@link ReadController} come from the read models alone: their tag is the
 * read models' version ({@link ReadModelMaintenance#answersVersion()}), the day (the
 * default {@code asOf}) and the question (path and parameters), known before it is asked,
 * so a repeated question whose tag still holds is answered 304 without running its query.
 * Every other answer, and these when the version is unknown, is tagged from its body and
 * {@code Content-Length} (small answers are sent uncompressed: compression applies from 2
 * KB, which needs the length). The event stream is sent as it is read, not buffered.
 */
@Configuration(proxyBeanMethods = false)
class HttpCaching {

	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> etags() {
		ShallowEtagHeaderFilter filter = new ShallowEtagHeaderFilter();
		filter.setWriteWeakETag(true);
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(filter);
		registration.addUrlPatterns("/api/*");
		return registration;
	}

	@Bean
	WebMvcConfigurer readModelTags(ReadModelMaintenance readModel, Clock clock) {
		HandlerInterceptor tags = new HandlerInterceptor() {
			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				if (!(handler instanceof HandlerMethod method) || method.getBeanType() != ReadController.class) {
					return true;
				}
				Optional<String> version = readModel.answersVersion();
				if (version.isEmpty()) {
					return true;
				}
				response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
				String question = request.getRequestURI() + "?" + request.getQueryString();
				String tag = "W/\"rm-" + version.get() + "-" + LocalDate.now(clock) + "-"
						+ Hashes.hex(Hashes.sha256(question.getBytes(StandardCharsets.UTF_8))).substring(0, 16) + "\"";
				return !new ServletWebRequest(request, response).checkNotModified(tag);
			}
		};
		return new WebMvcConfigurer() {
			@Override
			public void addInterceptors(InterceptorRegistry registry) {
				registry.addInterceptor(tags).addPathPatterns("/api/**");
			}
		};
	}

}
