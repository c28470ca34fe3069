/**
 * JWT auth, framework-agnostic: the built-in {@code login} / {@code refresh} / {@code logout}
 * functions, token minting and verification, rotating refresh tokens with family revocation, the
 * revocation stores, the login throttle and bearer resolution. Adapters only translate their
 * request onto {@link dev.mizan.core.jwt.BearerAuth} and register {@link dev.mizan.core.jwt.JwtFunctions}.
 */
@NullMarked
package dev.mizan.core.jwt;

import org.jspecify.annotations.NullMarked;
