package dev.mizan.core.cache;

/** The origin cache cannot start as configured (a missing or short secret, bad bounds): a startup error. */
public final class CacheConfigException extends IllegalStateException {
    public CacheConfigException(String message) {
        super(message);
    }
}
