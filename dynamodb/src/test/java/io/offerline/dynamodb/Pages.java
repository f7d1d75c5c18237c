package io.offerline.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerline.core.common.Page;
import io.offerline.core.common.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Follows a list's cursors to the end, checking every page keeps to its size. */
public final class Pages {

    private static final int MAX_PAGES = 20;

    private Pages() {
    }

    public static <T> List<T> all(Function<PageRequest, Page<T>> list, int pageSize) {
        List<T> seen = new ArrayList<>();
        String after = null;
        for (int pages = 0; pages < MAX_PAGES; pages++) {
            Page<T> page = list.apply(new PageRequest(pageSize, after));
            assertThat(page.edges()).hasSizeLessThanOrEqualTo(pageSize);
            seen.addAll(page.nodes());
            if (!page.hasNextPage()) {
                return seen;
            }
            after = page.endCursor();
        }
        throw new AssertionError("more than " + MAX_PAGES + " pages: paging does not advance");
    }
}
