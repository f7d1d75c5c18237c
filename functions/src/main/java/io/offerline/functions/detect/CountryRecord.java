package io.offerline.functions.detect;

import com.maxmind.db.MaxMindDbConstructor;
import com.maxmind.db.MaxMindDbParameter;

/** One record of the ip-location-db country database: {@code {"country_code": "DE"}}. */
public final class CountryRecord {

    private final String countryCode;

    // The reader builds records reflectively through this constructor, so it must stay public.
    @MaxMindDbConstructor
    public CountryRecord(@MaxMindDbParameter(name = "country_code") String countryCode) {
        this.countryCode = countryCode;
    }

    String countryCode() {
        return countryCode;
    }
}
