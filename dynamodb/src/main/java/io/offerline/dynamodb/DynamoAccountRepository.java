package io.offerline.dynamodb;

import io.offerline.core.account.Account;
import io.offerline.core.account.AccountRepository;
import io.offerline.core.common.Page;
import io.offerline.core.common.PageRequest;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Optional;
import software.amazon.awssdk.enhanced.dynamodb.document.EnhancedDocument;

/** Accounts in the config table; an index lists them all, oldest first, for the operators. */
public final class DynamoAccountRepository implements AccountRepository {

    private final DocumentTables tables;

    public DynamoAccountRepository(DocumentTables tables) {
        this.tables = tables;
    }

    @Override
    public void save(Account account) {
        tables.config().putItem(Documents.withKey(Keys.account(account.id()))
                .putString(OfferlineTables.GSI1_PARTITION_KEY, Keys.ALL_ACCOUNTS)
                .putString(OfferlineTables.GSI1_SORT_KEY, Keys.createdOrder(account.createdAt(), account.id()))
                .putString("id", account.id())
                .putString("name", account.name())
                .putString("currency", account.currency().getCurrencyCode())
                .putBoolean("truncateIps", account.truncateIps())
                .putString("createdAt", account.createdAt().toString())
                .putString("reportTimezone", account.reportTimezone().getId())
                .build());
    }

    @Override
    public Optional<Account> find(String accountId) {
        return Optional.ofNullable(tables.config().getItem(Keys.account(accountId))).map(DynamoAccountRepository::account);
    }

    @Override
    public Page<Account> list(PageRequest page) {
        return IndexPages.list(tables.config(), Keys.ALL_ACCOUNTS, null, page).map(DynamoAccountRepository::account);
    }

    private static Account account(EnhancedDocument document) {
        // Accounts stored before the setting existed report in UTC.
        ZoneId reportTimezone = document.isPresent("reportTimezone") ? ZoneId.of(document.getString("reportTimezone")) : Account.DEFAULT_REPORT_TIMEZONE;
        return new Account(document.getString("id"), document.getString("name"),
                Currency.getInstance(document.getString("currency")), Boolean.TRUE.equals(document.getBoolean("truncateIps")),
                Documents.instant(document, "createdAt"), reportTimezone);
    }
}
