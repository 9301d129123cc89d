package org.policyledger.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

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

		/** Each record class's components, looked up once. */
		private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
			@Override
			protected RecordComponent[] computeValue(Class<?> type) {
				return type.getRecordComponents();
			}
		};

		/** Each component's accessor, looked up once. */
		private static final ClassValue<Method[]> ACCESSORS = new ClassValue<>() {
			@Override
			protected Method[] computeValue(Class<?> type) {
				return Arrays.stream(COMPONENTS.get(type)).map(RecordComponent::getAccessor).toArray(Method[]::new);
			}
		};

		@Override
		public boolean isValid(Object command, ConstraintValidatorContext context) {
			if (command == null) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			return check(command, new ArrayList<>(), context);
		}

		/**
		 * Checks a value at {@code path} (component names and list indexes, named only
		 * when a string is refused).
		 */
		private static boolean check(Object value, List<Object> path, ConstraintValidatorContext context) {
			if (value instanceof String text) {
				String problem = PlainText.problem(text);
				if (problem == null) {
					return true;
				}
				context.buildConstraintViolationWithTemplate("text " + problem)
					.addPropertyNode(named(path))
					.addConstraintViolation();
				return false;
			}
			if (value instanceof Record record) {
				boolean valid = true;
				RecordComponent[] components = COMPONENTS.get(record.getClass());
				Method[] accessors = ACCESSORS.get(record.getClass());
				for (int i = 0; i < components.length; i++) {
					path.add(components[i].getName());
					valid &= check(read(accessors[i], record), path, context);
					path.remove(path.size() - 1);
				}
				return valid;
			}
			if (value instanceof Collection<?> items) {
				boolean valid = true;
				int index = 0;
				for (Object item : items) {
					path.add(index++);
					valid &= check(item, path, context);
					path.remove(path.size() - 1);
				}
				return valid;
			}
			return true;
		}

		/** A path as Bean Validation names it: {@code sources[0].locator}. */
		private static String named(List<Object> path) {
			StringBuilder name = new StringBuilder();
			for (Object step : path) {
				if (step instanceof Integer index) {
					name.append('[').append(index).append(']');
				}
				else {
					name.append(name.isEmpty() ? "" : ".").append(step);
				}
			}
			return name.toString();
		}

		private static Object read(Method accessor, Record record) {
			try {
				return accessor.invoke(record);
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException("cannot read " + accessor, ex);
			}
		}

	}

}
