package org.policyledger.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.RecordComponent;
import java.util.Collection;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * Every string a command carries, however deep in its records and lists, is
 * {@link PlainText}: the rule the API applies to JSON, applied to every command however
 * it was made (a file reader builds its commands itself), so that the ledger never stores
 * text it would refuse to read.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlainTextFields.Check.class)
public @interface PlainTextFields {

	String message() default "is not plain text";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Walks a record's components and names each string that is not plain text. */
	final class Check implements ConstraintValidator<PlainTextFields, Object> {

		@Override
		public boolean isValid(Object command, ConstraintValidatorContext context) {
			if (command == null) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			return check(command, "", context);
		}

		private static boolean check(Object value, String path, ConstraintValidatorContext context) {
			if (value instanceof String text) {
				String problem = PlainText.problem(text);
				if (problem == null) {
					return true;
				}
				context.buildConstraintViolationWithTemplate("text " + problem)
					.addPropertyNode(path)
					.addConstraintViolation();
				return false;
			}
			if (value instanceof Record record) {
				boolean valid = true;
				for (RecordComponent component : record.getClass().getRecordComponents()) {
					String name = path.isEmpty() ? component.getName() : path + "." + component.getName();
					valid &= check(read(component, record), name, context);
				}
				return valid;
			}
			if (value instanceof Collection<?> items) {
				boolean valid = true;
				int index = 0;
				for (Object item : items) {
					valid &= check(item, path + "[" + index++ + "]", context);
				}
				return valid;
			}
			return true;
		}

		private static Object read(RecordComponent component, Record record) {
			try {
				return component.getAccessor().invoke(record);
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException("cannot read " + component, ex);
			}
		}

	}

}
