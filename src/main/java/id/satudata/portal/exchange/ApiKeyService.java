package id.satudata.portal.exchange;

import id.satudata.portal.base.error.NotFoundException;
import id.satudata.portal.base.error.ValidationException;
import id.satudata.portal.datastore.ApiKeyGrant;
import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.datastore.DatasetService;
import id.satudata.portal.security.CurrentCaller;
import id.satudata.portal.security.Role;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues, lists, revokes and checks API keys. A key is {@code sd_<prefix>_<secret>}: 8
 * characters to find it, 43 random characters (256 bits) of secret; only a SHA-256 of the
 * whole key is stored, and the key is shown once. Issuing and revoking is for TEKNIS and
 * ADMINISTRATOR.
 */
@Service
public class ApiKeyService {

    private static final Pattern KEY = Pattern.compile("sd_([a-z0-9]{8})_([A-Za-z0-9_-]{43})");

    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

    private final SecureRandom random = new SecureRandom();

    private final ApiKeyRepository keys;

    private final DatasetService datasets;

    private final CurrentCaller caller;

    private final Clock clock;

    ApiKeyService(ApiKeyRepository keys, DatasetService datasets, CurrentCaller caller, Clock clock) {
        this.keys = keys;
        this.datasets = datasets;
        this.caller = caller;
        this.clock = clock;
    }

    /** Whether the caller may issue, list and revoke keys. */
    public boolean mayManage() {
        return caller.get().hasAny(java.util.Set.of(Role.TEKNIS, Role.ADMINISTRATOR));
    }

    @Transactional
    public IssuedKey issueForDataset(long datasetId, String label) {
        caller.get().requireAnyRole(Role.TEKNIS, Role.ADMINISTRATOR);
        Dataset dataset = datasets.get(datasetId);
        return issue(dataset.id(), null, dataset.opdId(), label);
    }

    /** A key for every dataset of an integration (of the given OPD). */
    @Transactional
    public IssuedKey issueForIntegration(long integrationId, long opdId, String label) {
        caller.get().requireAnyRole(Role.TEKNIS, Role.ADMINISTRATOR);
        return issue(null, integrationId, opdId, label);
    }

    private IssuedKey issue(Long datasetId, Long integrationId, long opdId, String label) {
        String cleanLabel = label.strip();
        if (cleanLabel.isEmpty() || cleanLabel.length() > 120) {
            throw new ValidationException("label", "exchange.error.key.label");
        }
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            prefix.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        byte[] secretBytes = new byte[32];
        random.nextBytes(secretBytes);
        String secret = "sd_" + prefix + "_"
                + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(secretBytes);
        ApiKey key = keys.insert(prefix.toString(), hash(secret), datasetId, integrationId, opdId, cleanLabel,
                caller.get().name(), OffsetDateTime.now(clock));
        return new IssuedKey(key, secret);
    }

    @Transactional(readOnly = true)
    public List<ApiKey> forDataset(long datasetId) {
        caller.get().requireAnyRole(Role.TEKNIS, Role.ADMINISTRATOR);
        datasets.get(datasetId);
        return keys.forDataset(datasetId);
    }

    @Transactional
    public void revoke(long keyId) {
        caller.get().requireAnyRole(Role.TEKNIS, Role.ADMINISTRATOR);
        keys.find(keyId).orElseThrow(() -> new NotFoundException("apiKey", keyId));
        keys.revoke(keyId, OffsetDateTime.now(clock));
    }

    /**
     * The grant of a presented key, or empty when the key is malformed, unknown or
     * revoked. Notes its use.
     */
    @Transactional
    public Optional<ApiKeyGrant> authenticate(String presented) {
        Matcher m = KEY.matcher(presented.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<ApiKeyRepository.HashedKey> found = keys.findByPrefix(m.group(1));
        if (found.isEmpty() || !found.get().key().active()
                || !MessageDigest.isEqual(found.get().hash().getBytes(StandardCharsets.US_ASCII),
                        hash(presented.strip()).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        ApiKey key = found.get().key();
        keys.touch(key.id(), OffsetDateTime.now(clock));
        return Optional.of(new ApiKeyGrant(key.id(), key.prefix(), key.opdId(), key.datasetId(), key.integrationId()));
    }

    static String hash(String key) {
        try {
            return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.US_ASCII)));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
