package org.policyledger.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * Every successful read answer under {@code /api} carries a weak {@code ETag} made from
 * its body and its {@code Content-Length}: a client that sends the tag back in
 * {@code If-None-Match} gets 304 without the body whenever the answer has not changed,
 * and small answers are sent as they are, not compressed (compression applies from 2 KB,
 * which needs the length). The event stream is sent as it is read, not buffered.
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

}
