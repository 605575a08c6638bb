package vn.bienphong.emulation.award.api;

import java.util.function.Function;

import vn.bienphong.emulation.common.api.Page;
import vn.bienphong.emulation.common.api.PageRequest;
import vn.bienphong.emulation.common.query.Counted;

/** A page of a query as the services count it ({@link Counted}), worded as the API's {@link Page}. */
final class Paging {

    private Paging() {
    }

    static <T> Page<T> page(Counted<T> found, PageRequest request) {
        return Page.of(found.items(), request, found.totalItems());
    }

    static <T, R> Page<R> page(Counted<T> found, PageRequest request, Function<T, R> toDto) {
        return page(found.map(toDto), request);
    }
}
