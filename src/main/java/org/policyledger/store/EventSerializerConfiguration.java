package org.policyledger.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.axonframework.serialization.ChainingConverter;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How events are written to and read from the store: the application's JSON settings,
 * except that stored text is read back as it was stored. The plain-text rule is checked
 * when a command comes in; an event recorded under an older rule (the UN import once
 * stored U+0008 in eight roll-call descriptions) must still be readable by every
 * projection, or the read model stops at it.
 */
@Configuration(proxyBeanMethods = false)
class EventSerializerConfiguration {

	@Bean
	@Qualifier("eventSerializer")
	Serializer eventSerializer(ObjectMapper objectMapper, RevisionResolver revisions) {
		ObjectMapper stored = objectMapper.copy()
			.registerModule(new SimpleModule("stored-text").addDeserializer(String.class, StringDeserializer.instance));
		return JacksonSerializer.builder()
			.objectMapper(stored)
			.revisionResolver(revisions)
			.converter(new ChainingConverter(EventSerializerConfiguration.class.getClassLoader()))
			.build();
	}

}
