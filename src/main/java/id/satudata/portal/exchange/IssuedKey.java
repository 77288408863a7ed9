package id.satudata.portal.exchange;

/** A newly issued key with its secret, shown once and never again. */
public record IssuedKey(ApiKey key, String secret) {
}
