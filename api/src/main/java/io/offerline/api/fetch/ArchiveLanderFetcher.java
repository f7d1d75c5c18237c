package io.offerline.api.fetch;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.offerline.api.RequestScope;
import io.offerline.core.lander.Lander;
import io.offerline.core.lander.LanderService;

/** {@code archiveLander(id, version)} and, with {@code archive} false, {@code restoreLander}. */
public final class ArchiveLanderFetcher implements DataFetcher<Lander> {

    private final LanderService landers;
    private final boolean archive;

    public ArchiveLanderFetcher(LanderService landers, boolean archive) {
        this.landers = landers;
        this.archive = archive;
    }

    @Override
    public Lander get(DataFetchingEnvironment environment) {
        int version = environment.getArgument("version");
        return landers.archive(RequestScope.principal(environment), environment.getArgument("id"), version, archive);
    }
}
