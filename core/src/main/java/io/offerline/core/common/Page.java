package io.offerline.core.common;

import java.util.List;
import java.util.function.Function;

/**
 * A page of a list; each item carries the cursor that continues right after it.
 *
 * @param endCursor where the next page starts: the last item's cursor, or, on a page cut short
 *     by a bound on the work per page, where reading stopped
 */
public record Page<T>(List<Edge<T>> edges, boolean hasNextPage, String endCursor) {

    /** An item and its cursor. */
    public record Edge<T>(T node, String cursor) {
    }

    public Page {
        edges = List.copyOf(edges);
    }

    /** A page that ends after its last item. */
    public Page(List<Edge<T>> edges, boolean hasNextPage) {
        this(edges, hasNextPage, edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor());
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(edges.stream().map(edge -> new Edge<>(mapper.apply(edge.node()), edge.cursor())).toList(), hasNextPage,
                endCursor);
    }

    public List<T> nodes() {
        return edges.stream().map(Edge::node).toList();
    }
}
