package com.clinova.console.security;

import com.clinova.platform.tenant.TenantId;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The admin API's bearer tokens: HS256 JWTs like the clinic API's, but with audience
 * {@code clinova-console} (the clinic API accepts only {@code clinova-api}, and vice versa) and a
 * {@code realm} claim: {@code platform} for operators, {@code clinic} with {@code tid} for clinic
 * administrators.
 */
@ApplicationScoped
public class ConsoleTokens {

    static final String AUDIENCE = "clinova-console";
    static final String PLATFORM = "platform";
    static final String CLINIC = "clinic";

    @Inject
    @ConfigProperty(name = "clinova.jwt.secret")
    String secret;

    @Inject
    @ConfigProperty(name = "clinova.jwt.issuer", defaultValue = "clinova")
    String issuer;

    @Inject
    @ConfigProperty(name = "clinova.jwt.ttl", defaultValue = "PT1H")
    Duration timeToLive;

    private MACSigner signer;
    private MACVerifier verifier;

    @PostConstruct
    void init() {
        try {
            byte[] key = secret.getBytes(StandardCharsets.UTF_8);
            signer = new MACSigner(key);
            verifier = new MACVerifier(key);
        } catch (JOSEException e) {
            throw new IllegalStateException("clinova.jwt.secret must have at least 32 bytes", e);
        }
    }

    public long lifetimeSeconds() {
        return timeToLive.toSeconds();
    }

    public String issue(ConsoleUser user) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(AUDIENCE)
                .subject(user.id().toString())
                .claim("upn", user.username())
                .claim("name", user.displayName())
                .claim("groups", List.copyOf(user.roles()))
                .claim("realm", user.isOperator() ? PLATFORM : CLINIC)
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(timeToLive)));
        if (!user.isOperator()) {
            claims.claim("tid", user.tenant().toString()).claim("slug", user.slug());
        }
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims.build());
            jwt.sign(signer);
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign console token", e);
        }
    }

    /** The user a valid, unexpired console token names; empty for anything else. */
    public Optional<ConsoleUser> verify(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(verifier)) {
                return Optional.empty();
            }
            JWTClaimsSet c = jwt.getJWTClaimsSet();
            if (!issuer.equals(c.getIssuer())
                    || c.getAudience() == null
                    || !c.getAudience().contains(AUDIENCE)
                    || c.getExpirationTime() == null
                    || c.getExpirationTime().toInstant().isBefore(Instant.now())) {
                return Optional.empty();
            }
            String realm = c.getStringClaim("realm");
            TenantId tenant = CLINIC.equals(realm) ? TenantId.of(c.getStringClaim("tid")) : null;
            if (!PLATFORM.equals(realm) && tenant == null) {
                return Optional.empty();
            }
            return Optional.of(new ConsoleUser(
                    UUID.fromString(c.getSubject()),
                    c.getStringClaim("upn"),
                    c.getStringClaim("name"),
                    tenant,
                    c.getStringClaim("slug"),
                    new HashSet<>(c.getStringListClaim("groups"))));
        } catch (ParseException | JOSEException | IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
