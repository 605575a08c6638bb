package vn.bienphong.emulation.common.api;

import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list, with what a client needs to fetch the others. */
@Schema(description = "One page of a list (?page=0&size=50, size at most 500)")
public record Page<T>(
        @Schema(description = "The items of this page") List<T> items,
        @Schema(description = "The number of this page, from 0", examples = "0") int page,
        @Schema(description = "The most items a page holds", examples = "50") int size,
        @Schema(description = "How many items the whole list has", examples = "1") long totalItems,
        @Schema(description = "How many pages the whole list has", examples = "1") int totalPages) {

    public static <T> Page<T> of(List<T> items, PageRequest request, long totalItems) {
        int totalPages = (int) ((totalItems + request.size - 1) / request.size);
        return new Page<>(items, request.page, request.size, totalItems, totalPages);
    }

    /** The requested page of a whole list held in memory (a short one: a cluster's members, a year's models). */
    public static <T> Page<T> slice(List<T> all, PageRequest request) {
        int from = (int) Math.min((long) request.page * request.size, all.size());
        int to = Math.min(from + request.size, all.size());
        return of(List.copyOf(all.subList(from, to)), request, all.size());
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, totalItems, totalPages);
    }
}
