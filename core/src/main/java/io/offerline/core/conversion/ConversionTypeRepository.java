package io.offerline.core.conversion;

import java.util.List;

/** An account's conversion types. */
public interface ConversionTypeRepository {

    /** Creates or replaces the type with this key. */
    void save(ConversionType type);

    /** All types of the account, by key. */
    List<ConversionType> list(String accountId);
}
