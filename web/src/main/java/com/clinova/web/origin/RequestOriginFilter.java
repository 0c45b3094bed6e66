package com.clinova.web.origin;

import com.clinova.platform.request.RequestOrigin;
import com.clinova.platform.request.RequestOriginContext;
import com.clinova.web.api.problem.RequestIds;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Binds the request's origin for the whole request (declared first in web.xml, before even the
 * clinic is resolved) and answers every request with its {@code X-Request-Id}, the id its log
 * lines, problem documents, error page and audit rows carry.
 */
public class RequestOriginFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String FORWARDED_FOR = "X-Forwarded-For";

    /** {@code clinova.trusted-proxies}: the load balancers' addresses or CIDR blocks, comma-separated. */
    @Inject
    @ConfigProperty(name = "clinova.trusted-proxies")
    Optional<String> trustedProxies;

    private transient ClientAddresses addresses;

    @Override
    public void init() {
        addresses = ClientAddresses.trusting(trustedProxies.orElse(""));
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String requestId = RequestIds.of(request);
        response.setHeader(RequestIds.HEADER, requestId);
        RequestOrigin origin = new RequestOrigin(
                requestId,
                addresses.clientOf(request.getRemoteAddr(), Collections.list(request.getHeaders(FORWARDED_FOR))));
        try {
            RequestOriginContext.callAs(origin, () -> {
                chain.doFilter(request, response);
                return null;
            });
        } catch (IOException | ServletException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
