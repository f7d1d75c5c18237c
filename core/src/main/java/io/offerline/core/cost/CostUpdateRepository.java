package io.offerline.core.cost;

/** Where cost updates are recorded; the stats aggregator applies each one it sees recorded. */
public interface CostUpdateRepository {

    void record(CostUpdate update);
}
