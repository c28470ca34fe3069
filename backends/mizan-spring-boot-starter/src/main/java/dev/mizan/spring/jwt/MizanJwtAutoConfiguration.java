package dev.mizan.spring.jwt;

import dev.mizan.core.jwt.BearerAuth;
import dev.mizan.core.jwt.Credentials;
import dev.mizan.core.jwt.InMemoryRevocationStore;
import dev.mizan.core.jwt.JdbcRevocationStore;
import dev.mizan.core.jwt.JwtFunctions;
import dev.mizan.core.jwt.JwtKey;
import dev.mizan.core.jwt.JwtService;
import dev.mizan.core.jwt.JwtSettings;
import dev.mizan.core.jwt.LoginThrottle;
import dev.mizan.core.jwt.RevocationStore;
import dev.mizan.spring.MizanProperties;
import dev.mizan.spring.security.SpringSecurityUserResolver;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * JWT auth ({@code mizan.jwt.enabled=true}, with Spring Security): the {@code login},
 * {@code refresh} and {@code logout} functions, the token service, the revocation store and
 * bearer resolution, which the starter's filter-chain customizer puts into every chain.
 */
@AutoConfiguration(
        afterName = {
            "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration"
        })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(name = "org.springframework.security.authentication.AuthenticationManager")
@ConditionalOnProperty(name = "mizan.jwt.enabled", havingValue = "true")
@EnableConfigurationProperties({MizanProperties.class, MizanJwtProperties.class})
public class MizanJwtAutoConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(MizanJwtAutoConfiguration.class);

    @Bean
    @ConditionalOnMissingBean
    Clock mizanJwtClock() {
        return Clock.systemUTC();
    }

    @Bean
    @ConditionalOnMissingBean
    RevocationStore mizanRevocationStore(MizanJwtProperties jwt, ObjectProvider<DataSource> dataSource, Clock clock) {
        DataSource ds = dataSource.getIfAvailable();
        MizanJwtProperties.Store kind = jwt.getStore();
        if (kind == MizanJwtProperties.Store.JDBC && ds == null) {
            throw new IllegalStateException("mizan.jwt.store=jdbc needs a DataSource");
        }
        if (kind == MizanJwtProperties.Store.MEMORY || ds == null) {
            LOG.warn("JWT revocations are kept in memory: not shared by instances, lost on restart");
            return new InMemoryRevocationStore(clock);
        }
        JdbcRevocationStore store = new JdbcRevocationStore(ds, jwt.getTable(), clock);
        if (jwt.isCreateTable()) {
            store.createTableIfMissing();
        }
        LOG.info("JWT revocations are kept in the table {}", jwt.getTable());
        return store;
    }

    @Bean
    JwtService mizanJwtService(MizanJwtProperties jwt, RevocationStore store, Clock clock) {
        return new JwtService(settings(jwt), store, clock);
    }

    @Bean
    BearerAuth mizanBearerAuth(JwtService tokens) {
        return new BearerAuth(tokens);
    }

    @Bean
    @ConditionalOnMissingBean
    Credentials mizanJwtCredentials(
            ObjectProvider<AuthenticationManager> manager,
            ObjectProvider<AuthenticationConfiguration> configuration,
            ObjectProvider<UserDetailsService> details,
            MizanProperties properties) {
        Supplier<AuthenticationManager> lookup = () -> {
            AuthenticationManager m = manager.getIfUnique();
            if (m == null) {
                AuthenticationConfiguration config = configuration.getIfAvailable();
                try {
                    m = config == null ? null : config.getAuthenticationManager();
                } catch (Exception e) {
                    throw new IllegalStateException("cannot build the AuthenticationManager for login", e);
                }
            }
            if (m == null) {
                throw new IllegalStateException(
                        "mizan.jwt needs an AuthenticationManager (or a UserDetailsService) to check login credentials");
            }
            return m;
        };
        AtomicReference<AuthenticationManager> found = new AtomicReference<>();
        return new SpringCredentials(
                () -> found.updateAndGet(m -> m != null ? m : lookup.get()),
                new SpringSecurityUserResolver(properties.getSecurity()),
                details.getIfUnique());
    }

    @Bean
    JwtFunctions mizanJwtFunctions(JwtService tokens, Credentials credentials, MizanJwtProperties jwt, Clock clock) {
        return new JwtFunctions(
                tokens,
                credentials,
                new LoginThrottle(
                        new LoginThrottle.Limits(
                                jwt.getLoginFailuresPerAccount(),
                                jwt.getLoginFailuresPerAddress(),
                                jwt.getLoginFailureWindow()),
                        clock));
    }

    static JwtSettings settings(MizanJwtProperties jwt) {
        if (jwt.getKeys().isEmpty()) {
            throw new IllegalStateException("mizan.jwt.enabled needs at least one key: mizan.jwt.keys[0].kid/secret");
        }
        List<JwtKey> keys = jwt.getKeys().stream()
                .map(k -> new JwtKey(k.getKid(), decode(k.getKid(), k.getSecret())))
                .toList();
        String active = jwt.getActiveKid().isBlank() ? keys.getFirst().kid() : jwt.getActiveKid();
        return new JwtSettings(
                jwt.getIssuer(),
                jwt.getAudience(),
                jwt.getAccessTtl(),
                jwt.getRefreshTtl(),
                keys,
                active,
                jwt.getAlgorithms(),
                jwt.getClockSkew());
    }

    private static byte[] decode(String kid, String secret) {
        try {
            return secret.contains("-") || secret.contains("_")
                    ? Base64.getUrlDecoder().decode(secret)
                    : Base64.getDecoder().decode(secret);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("mizan.jwt: the secret of key '" + kid + "' is not base64", e);
        }
    }
}
