package vn.bienphong.emulation.common.problem;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.UriInfo;

/**
 * Finds the path or query parameter of a request that could not be read as what the operation
 * takes, and says what it accepts ("kind: 'NOPE' is not one of PROVINCIAL_COMMAND, ..."), so a
 * malformed enum, number, UUID or date is a 400 naming the parameter, never a 404 or a Java type.
 */
final class ParameterProblems {

    private ParameterProblems() {
    }

    /** The first parameter of {@code method} whose value in the request cannot be read, if any. */
    static Optional<Problem.Violation> find(Method method, UriInfo uri) {
        if (method == null || uri == null) {
            return Optional.empty();
        }
        List<Problem.Violation> found = new ArrayList<>();
        for (Parameter parameter : method.getParameters()) {
            inspect(parameter, parameter.getType(), uri, found);
            if (parameter.isAnnotationPresent(BeanParam.class)) {
                for (Class<?> type = parameter.getType(); type != null && type != Object.class; type = type.getSuperclass()) {
                    for (Field field : type.getDeclaredFields()) {
                        inspect(field, field.getType(), uri, found);
                    }
                }
            }
        }
        return found.stream().findFirst();
    }

    private static void inspect(AnnotatedElement element, Class<?> type, UriInfo uri, List<Problem.Violation> found) {
        PathParam path = element.getAnnotation(PathParam.class);
        QueryParam query = element.getAnnotation(QueryParam.class);
        String name = path != null ? path.value() : query != null ? query.value() : null;
        if (name == null) {
            return;
        }
        List<String> values = path != null ? uri.getPathParameters().get(name) : uri.getQueryParameters().get(name);
        if (values == null) {
            return;
        }
        for (String value : values) {
            if (!readable(value, type)) {
                found.add(new Problem.Violation(name, "'" + value + "' is not " + accepted(type)));
                return;
            }
        }
    }

    /** What a parameter of this type accepts, in words. */
    static String accepted(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + String.join(", ", Arrays.stream(type.getEnumConstants()).map(Object::toString).toList());
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class) {
            return "a whole number";
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class
                || type == BigDecimal.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == UUID.class) {
            return "an identifier such as 0b9e4f2c-6d1a-4c3e-9f57-2a8d41c7e5b0";
        }
        if (type == LocalDate.class) {
            return "a date written 2025-12-31";
        }
        if (type == YearMonth.class) {
            return "a month written 2025-03";
        }
        if (type == Instant.class || type == OffsetDateTime.class) {
            return "a date and time written 2025-12-31T08:00:00Z";
        }
        if (CharSequence.class.isAssignableFrom(type)) {
            return "text";
        }
        if (type.isArray() || java.util.Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "an object";
    }

    private static boolean readable(String value, Class<?> type) {
        try {
            if (type.isEnum()) {
                return Arrays.stream(type.getEnumConstants()).anyMatch(c -> c.toString().equals(value));
            }
            if (type == int.class || type == Integer.class) {
                Integer.parseInt(value);
            } else if (type == long.class || type == Long.class) {
                Long.parseLong(value);
            } else if (type == short.class || type == Short.class) {
                Short.parseShort(value);
            } else if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
                Double.parseDouble(value);
            } else if (type == BigDecimal.class) {
                new BigDecimal(value);
            } else if (type == boolean.class || type == Boolean.class) {
                return value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false");
            } else if (type == UUID.class) {
                UUID.fromString(value);
            } else if (type == LocalDate.class) {
                LocalDate.parse(value);
            } else if (type == YearMonth.class) {
                YearMonth.parse(value);
            } else if (type == Instant.class) {
                Instant.parse(value);
            } else if (type == OffsetDateTime.class) {
                OffsetDateTime.parse(value);
            }
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
