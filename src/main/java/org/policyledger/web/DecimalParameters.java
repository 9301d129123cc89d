package org.policyledger.web;

import java.beans.PropertyEditorSupport;
import java.util.function.Function;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Numbers in request parameters ({@code offset}, {@code limit}, {@code size}) are
 * decimal: Spring's default editors also read {@code 0x10} and {@code #10} as 16. A
 * custom editor is used before any conversion, so nothing falls back to them.
 */
@ControllerAdvice
class DecimalParameters {

	@InitBinder
	void decimalOnly(WebDataBinder binder) {
		binder.registerCustomEditor(int.class, new Decimal(Integer::valueOf, false));
		binder.registerCustomEditor(Integer.class, new Decimal(Integer::valueOf, true));
		binder.registerCustomEditor(long.class, new Decimal(Long::valueOf, false));
		binder.registerCustomEditor(Long.class, new Decimal(Long::valueOf, true));
	}

	private static final class Decimal extends PropertyEditorSupport {

		private final Function<String, Number> parse;

		private final boolean allowEmpty;

		Decimal(Function<String, Number> parse, boolean allowEmpty) {
			this.parse = parse;
			this.allowEmpty = allowEmpty;
		}

		@Override
		public void setAsText(String text) {
			setValue(allowEmpty && text.isEmpty() ? null : parse.apply(text));
		}

	}

}
