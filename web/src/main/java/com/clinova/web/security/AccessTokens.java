package com.clinova.web.security;

import com.clinova.platform.tenant.TenantId;
import com.clinova.tenancy.api.StaffMember;
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
 * Issues and verifies the API's bearer tokens: HS256 JWTs with MicroProfile JWT claim names
 * ({@code upn}, {@code groups}) plus {@code tid}, the clinic. Every node shares the secret
 * through configuration, so any node verifies a token any other node issued.
 */
@ApplicationScoped
public class AccessTokens {

    static final String AUDIENCE = "clinova-api";
    static final String TENANT_CLAIM = "tid";

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

    public AccessToken issue(StaffMember member) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(AUDIENCE)
                .subject(member.id().toString())
                .claim("upn", member.username())
                .claim("name", member.displayName())
                .claim("groups", List.copyOf(member.roles()))
                .claim(TENANT_CLAIM, member.tenant().toString())
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(timeToLive)))
                .build();
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
            jwt.sign(signer);
            return new AccessToken(jwt.serialize(), timeToLive.toSeconds());
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign access token", e);
        }
    }

    /** The staff member a valid, unexpired token of ours names; empty for anything else. */
    public Optional<StaffMember> verify(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(verifier)) {
                return Optional.empty();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            if (!issuer.equals(claims.getIssuer())
                    || claims.getAudience() == null
                    || !claims.getAudience().contains(AUDIENCE)
                    || claims.getExpirationTime() == null
                    || claims.getExpirationTime().toInstant().isBefore(Instant.now())) {
                return Optional.empty();
            }
            return Optional.of(new StaffMember(
                    UUID.fromString(claims.getSubject()),
                    TenantId.of(claims.getStringClaim(TENANT_CLAIM)),
                    claims.getStringClaim("upn"),
                    claims.getStringClaim("name"),
                    new HashSet<>(claims.getStringListClaim("groups"))));
        } catch (ParseException | JOSEException | IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
