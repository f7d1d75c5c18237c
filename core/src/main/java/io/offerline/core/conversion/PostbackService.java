package io.offerline.core.conversion;

import io.offerline.core.account.Account;
import io.offerline.core.common.Amounts;
import io.offerline.core.common.Ids;
import io.offerline.core.common.OutsideText;
import io.offerline.core.common.Money;
import io.offerline.core.currency.RatesUnavailableException;
import io.offerline.core.currency.RevenueConverter;
import io.offerline.core.network.AffiliateNetwork;
import io.offerline.core.offer.Offer;
import io.offerline.core.tracking.ClickIds;
import io.offerline.core.tracking.ClickTrail;
import io.offerline.core.tracking.TrackingConfig;
import io.offerline.core.tracking.Visit;
import io.offerline.core.tracking.VisitRepository;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Matches a postback to its click, checks it against the network's rules, prices it and records
 * it once; every postback is logged with its outcome. A postback costs one read of the click
 * (its visit and clicks in one query) and single-item conditional writes; a duplicate fails its
 * write and changes nothing.
 */
public final class PostbackService {


    private static final Logger LOG = System.getLogger(PostbackService.class.getName());
    /** How far an uploaded conversion's time may run ahead of the tracker's clock. */
    public static final Duration UPLOAD_CLOCK_SKEW = Duration.ofMinutes(5);
    private static final String SEND_AGAIN = "Send it again: a repeated conversion is never counted twice.";

    private final TrackingConfig config;
    private final VisitRepository visits;
    private final ConversionRecorder recorder;
    private final RevenueConverter converter;
    private final PostbackLog log;
    private final ConversionTypes types;
    private final Clock clock;

    public PostbackService(TrackingConfig config, VisitRepository visits, ConversionRecorder recorder, RevenueConverter converter,
            PostbackLog log, ConversionTypes types, Clock clock) {
        this.types = types;
        this.config = config;
        this.visits = visits;
        this.recorder = recorder;
        this.converter = converter;
        this.log = log;
        this.clock = clock;
    }

    /** A postback or pixel from the outside: the network's allowlist and secret apply. */
    public PostbackResult receive(Postback postback) {
        Instant now = clock.instant();
        PostbackResult result = attempted(postback, () -> evaluate(postback, null, workspaceId -> true, now));
        return logged(postback, result, result.accountId(), now);
    }

    /**
     * A conversion a user uploads for their own account (corrections included): the same rules,
     * but the account's API key stands in for the network's allowlist and secret, and the
     * conversion happened at {@code convertedAt}.
     *
     * @param opensWorkspace whether the uploader may open a workspace, by id: a click of one they
     *     may not is answered like an unknown click
     */
    public PostbackResult upload(String accountId, Predicate<String> opensWorkspace, Postback postback, Instant convertedAt) {
        // An upload is the uploader's own, even for a click it does not know: never an unattributed entry.
        return logged(postback, attempted(postback, () -> evaluate(postback, accountId, opensWorkspace, convertedAt)), accountId,
                clock.instant());
    }

    /**
     * The evaluation's result, or {@code TRY_AGAIN} when the tracker failed on the way: every write
     * of a conversion is conditional, so the sender's repeat completes what is missing and counts
     * nothing twice, whereas a 200 would make the network drop the conversion.
     */
    private static PostbackResult attempted(Postback postback, Supplier<PostbackResult> evaluation) {
        try {
            return evaluation.get();
        } catch (RatesUnavailableException noRates) {
            LOG.log(Level.ERROR, "postback for click " + postback.loggedClickId() + " found no exchange rates: " + noRates.getMessage());
            return PostbackResult.of(PostbackOutcome.TRY_AGAIN, noRates.getMessage() + " " + SEND_AGAIN);
        } catch (RuntimeException failure) {
            LOG.log(Level.ERROR, "postback for click " + postback.loggedClickId() + " failed; its sender is asked to send it again", failure);
            return PostbackResult.of(PostbackOutcome.TRY_AGAIN, "Offerline could not complete this conversion (a storage call failed or "
                    + "timed out). " + SEND_AGAIN);
        }
    }

    /** @param accountId whose log the entry goes to, or null for the operators' log of unknown clicks */
    private PostbackResult logged(Postback postback, PostbackResult result, String accountId, Instant now) {
        String clickId = postback.loggedClickId();
        try {
            PostbackLogRedaction redaction = new PostbackLogRedaction(accountId != null
                    && config.account(accountId).map(Account::truncateIps).orElse(false));
            log.record(new PostbackLogEntry(Ids.newId(), accountId, now, clickId, result.outcome(),
                    redaction.reason(result.reason(), postback.sourceIp()), redaction.parameters(postback.loggedParameters()),
                    redaction.ip(postback.sourceIp()), now.plus(Duration.ofDays(PostbackLog.RETENTION_DAYS))));
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "postback for click " + clickId + " (" + result.outcome() + ") was not logged", e);
        }
        return result;
    }

    /** @param uploader the account uploading the conversion, or null for a network's postback */
    private PostbackResult evaluate(Postback postback, String uploader, Predicate<String> opensWorkspace, Instant now) {
        Optional<String> clickId = postback.clickId();
        if (clickId.isEmpty()) {
            return PostbackResult.of(PostbackOutcome.INVALID_PARAMETER, "cid is required.");
        }
        Optional<ClickTrail> trail = ClickIds.isWellFormed(clickId.get()) ? visits.trail(clickId.get()) : Optional.empty();
        if (trail.isEmpty()) {
            // The raw visit may have expired while its conversions are still kept.
            return ClickIds.isWellFormed(clickId.get()) ? lateStatusChange(postback, clickId.get(), uploader, opensWorkspace)
                    .orElseGet(() -> unknownClick(clickId.get())) : unknownClick(clickId.get());
        }
        Visit visit = trail.get().visit();
        if (uploader != null && !(uploader.equals(visit.accountId()) && opensWorkspace.test(visit.workspaceId()))) {
            return unknownClick(clickId.get());
        }
        Optional<Offer> offer = trail.get().offerId().flatMap(config::offer);
        if (offer.isEmpty()) {
            return PostbackResult.of(PostbackOutcome.UNKNOWN_CLICK, "Click " + clickId.get() + " never reached an offer.")
                    .forAccount(visit.accountId());
        }
        return admit(postback, uploader, opensWorkspace, visit, offer.get(), now).forAccount(visit.accountId());
    }

    /**
     * A status change for a conversion the click already has, applied whenever it comes: the
     * attribution window governs new conversions only, and conversions outlive their raw visit
     * ({@link Conversion#RETENTION}). It passes the rules of the conversion's network, or for an
     * upload belongs to the uploader; empty when the postback names no such conversion with a
     * status, so that it is judged as before. Only a postback with a status costs the extra read.
     */
    private Optional<PostbackResult> lateStatusChange(Postback postback, String clickId, String uploader, Predicate<String> opensWorkspace) {
        if (postback.first("status").isEmpty()) {
            return Optional.empty();
        }
        for (RecordedConversion recorded : recorder.withTxids(clickId)) {
            if (uploader != null && !(uploader.equals(recorded.accountId()) && opensWorkspace.test(recorded.workspaceId()))) {
                continue;
            }
            Optional<AffiliateNetwork> network = Optional.ofNullable(recorded.networkId()).flatMap(config::network);
            Optional<PostbackValues> values = readable(postback, network.orElse(null));
            if (values.isEmpty() || !recorded.txid().equals(values.get().txid())) {
                continue;
            }
            Optional<PostbackResult> refused = uploader != null ? Optional.empty() : network.flatMap(rules -> NetworkRules.refusal(rules, postback));
            return Optional.of(refused.orElseGet(() -> recorder.changeStatus(clickId, recorded.txid(), values.get().status()))
                    .forAccount(recorded.accountId()));
        }
        return Optional.empty();
    }

    private static Optional<PostbackValues> readable(Postback postback, AffiliateNetwork network) {
        try {
            return Optional.of(PostbackValues.read(postback, network));
        } catch (IllegalArgumentException invalid) {
            return Optional.empty();
        }
    }

    private PostbackResult admit(Postback postback, String uploader, Predicate<String> opensWorkspace, Visit visit, Offer offer,
            Instant now) {
        boolean uploaded = uploader != null;
        Optional<AffiliateNetwork> network = Optional.ofNullable(offer.affiliateNetworkId()).flatMap(config::network);
        Optional<PostbackResult> refused = uploaded ? Optional.empty() : network.flatMap(rules -> NetworkRules.refusal(rules, postback));
        if (refused.isPresent()) {
            return refused.get();
        }
        Optional<PostbackResult> mistimed = uploaded ? mistimed(visit, now) : Optional.empty();
        if (mistimed.isPresent()) {
            return mistimed.get();
        }
        int windowDays = network.map(AffiliateNetwork::attributionWindowDays).orElse(AffiliateNetwork.DEFAULT_ATTRIBUTION_WINDOW_DAYS);
        if (visit.visitedAt().plus(Duration.ofDays(windowDays)).isBefore(now)) {
            return lateStatusChange(postback, visit.clickId(), uploader, opensWorkspace)
                    .orElseGet(() -> PostbackResult.of(PostbackOutcome.EXPIRED_CLICK, "Click " + visit.clickId() + " is older than the "
                            + windowDays + "-day attribution window."));
        }
        PostbackValues values;
        try {
            values = PostbackValues.read(postback, network.orElse(null));
        } catch (IllegalArgumentException invalid) {
            return PostbackResult.of(PostbackOutcome.INVALID_PARAMETER, invalid.getMessage());
        }
        return price(values, slot(values, postback, uploaded, network), visit, offer, now);
    }

    /**
     * What makes the conversion unique on its click. A network's repeated postback without txid
     * counts anew when the network accepts duplicates; an uploaded row is found again by its values,
     * since a client that retries an upload sends the same rows.
     */
    private static ConversionSlot slot(PostbackValues values, Postback postback, boolean uploaded, Optional<AffiliateNetwork> network) {
        if (values.txid() != null) {
            return ConversionSlot.txid(values.txid());
        }
        if (!network.map(AffiliateNetwork::acceptDuplicatePostbacks).orElse(false)) {
            return ConversionSlot.single();
        }
        return uploaded ? ConversionSlot.ofUploadedRow(postback.parameters()) : ConversionSlot.freshDuplicate();
    }

    /** A click nobody knows, or one the uploader may not see: answered alike, so that neither tells the other apart. */
    private static PostbackResult unknownClick(String clickId) {
        return PostbackResult.of(PostbackOutcome.UNKNOWN_CLICK, "No click with id " + OutsideText.shown(clickId, 40) + " is known.");
    }

    /**
     * An uploaded conversion happened after its visit and not later than now, give or take the
     * uploader's clock: a time before the visit would pass any attribution window.
     */
    private Optional<PostbackResult> mistimed(Visit visit, Instant convertedAt) {
        if (convertedAt.isBefore(visit.visitedAt())) {
            return Optional.of(PostbackResult.of(PostbackOutcome.INVALID_PARAMETER, "time " + convertedAt
                    + " is before the visit of click " + visit.clickId() + " at " + visit.visitedAt() + "."));
        }
        if (convertedAt.isAfter(clock.instant().plus(UPLOAD_CLOCK_SKEW))) {
            return Optional.of(PostbackResult.of(PostbackOutcome.INVALID_PARAMETER, "time " + convertedAt
                    + " is in the future; at most " + UPLOAD_CLOCK_SKEW.toMinutes() + " minutes ahead of the tracker's clock are allowed."));
        }
        return Optional.empty();
    }

    private PostbackResult price(PostbackValues values, ConversionSlot slot, Visit visit, Offer offer, Instant now) {
        java.math.BigDecimal amount = offer.payout().resolve(values.payout(), visit.visitor().country());
        java.util.Currency currency = values.currency() != null ? values.currency() : offer.payout().currency();
        Optional<Account> account = config.account(visit.accountId());
        Optional<RevenueConverter.Converted> revenue = account.flatMap(found -> converter.convert(amount, currency, found.currency(), now));
        if (revenue.isEmpty()) {
            return PostbackResult.of(PostbackOutcome.NO_EXCHANGE_RATE, "No exchange rate from " + currency + " to the account's currency; "
                    + "the conversion was not recorded.");
        }
        if (!Amounts.fitsACell(revenue.get().amount())) {
            return PostbackResult.of(PostbackOutcome.INVALID_PARAMETER, "The payout is too large in the account's currency; "
                    + "the conversion was not recorded.");
        }
        ConversionType type = types.of(visit.accountId(), values.type());
        Conversion conversion = new Conversion(visit.clickId(), slot, values.txid(), visit.accountId(), visit.workspaceId(),
                visit.campaignId(), offer.id(), offer.affiliateNetworkId(), values.type(), type.countsAsConversion(), type.countsAsRevenue(), values.status(),
                amount, currency, revenue.get().amount(),
                revenue.get().rate(), revenue.get().rateDate(), false, now, clock.instant().plus(Conversion.RETENTION), visit);
        return recorder.record(conversion, offer, values.statusGiven(), why(values, offer, amount, currency));
    }

    /** The reason of an accepted conversion, in words that answer "why is my revenue what it is?". */
    private static String why(PostbackValues values, Offer offer, java.math.BigDecimal amount, java.util.Currency currency) {
        String paid = Money.shown(amount).toPlainString() + " " + currency;
        if (values.payout() != null) {
            return "Payout " + paid + " from the postback.";
        }
        if (offer.payout().mode() == io.offerline.core.offer.PayoutMode.AUTO) {
            return "Revenue 0: the offer's payout is AUTO and the postback sent no payout parameter.";
        }
        return "Payout " + paid + " from the offer (MANUAL; the postback sent none).";
    }
}
