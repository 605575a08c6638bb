package vn.bienphong.emulation.common.query;

import java.util.List;
import java.util.function.Function;

/**
 * The items of one page of a query and how many items the whole query has: what a service returns for
 * a long list, without any of the API's types; the {@code api} package words it as a
 * {@code common.api.Page}.
 */
public record Counted<T>(List<T> items, long totalItems) {

    public <R> Counted<R> map(Function<T, R> mapper) {
        return new Counted<>(items.stream().map(mapper).toList(), totalItems);
    }
}
