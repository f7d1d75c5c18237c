package io.offerline.core.common;

import java.util.List;
import java.util.function.Function;

/** A page of a list; each item carries the cursor that continues right after it. */
public record Page<T>(List<Edge<T>> edges, boolean hasNextPage) {

    /** An item and its cursor. */
    public record Edge<T>(T node, String cursor) {
    }

    public Page {
        edges = List.copyOf(edges);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(edges.stream().map(edge -> new Edge<>(mapper.apply(edge.node()), edge.cursor())).toList(), hasNextPage);
    }

    public List<T> nodes() {
        return edges.stream().map(Edge::node).toList();
    }

    public String endCursor() {
        return edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
    }
}
