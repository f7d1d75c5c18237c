package io.offerline.core.conversion;

import io.offerline.core.account.Principal;
import io.offerline.core.common.TtlCache;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** An account's conversion types: defined through the API, read through a short cache on the postback path. */
public final class ConversionTypes {

    private static final Duration STALENESS = Duration.ofSeconds(60);

    private final ConversionTypeRepository repository;
    private final TtlCache<String, List<ConversionType>> cache;

    public ConversionTypes(ConversionTypeRepository repository, Clock clock) {
        this.repository = repository;
        this.cache = new TtlCache<>(STALENESS, clock, 10_000);
    }

    /** The type a postback's {@code ct} names; one the account has not defined counts as a conversion with revenue. */
    public ConversionType of(String accountId, String key) {
        if (key == null) {
            return ConversionType.standard(accountId, null);
        }
        return cache.get(accountId, account -> Optional.of(repository.list(account))).orElse(List.of()).stream()
                .filter(type -> type.key().equals(key))
                .findFirst()
                .orElse(ConversionType.standard(accountId, key));
    }

    public List<ConversionType> list(Principal principal) {
        return repository.list(principal.accountId());
    }

    public ConversionType save(Principal principal, String key, String name, boolean countsAsConversion, boolean countsAsRevenue) {
        principal.requireWrite();
        ConversionType type = new ConversionType(principal.accountId(), key, name, countsAsConversion, countsAsRevenue);
        repository.save(type);
        return type;
    }
}
