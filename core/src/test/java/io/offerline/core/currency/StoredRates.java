package io.offerline.core.currency;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Rates held in memory for converter unit tests, counting reads. The DynamoDB adapter has its
 * own integration test on the engine; this only stands in for it where storage is not the subject.
 */
final class StoredRates implements ExchangeRates {

    private final TreeMap<LocalDate, DailyRates> days = new TreeMap<>();
    private int reads;

    @Override
    public Optional<DailyRates> latestOnOrBefore(LocalDate day) {
        reads++;
        return Optional.ofNullable(days.floorEntry(day)).map(Map.Entry::getValue);
    }

    @Override
    public List<DailyRates> publishedBetween(LocalDate earliest, LocalDate day) {
        reads++;
        return new ArrayList<>(days.subMap(earliest, true, day, true).descendingMap().values());
    }

    @Override
    public void save(DailyRates rates) {
        days.put(rates.date(), rates);
    }

    int reads() {
        return reads;
    }
}
