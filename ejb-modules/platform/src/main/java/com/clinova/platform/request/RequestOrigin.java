package com.clinova.platform.request;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the current request came from: the id that ties it to its log lines, problem documents
 * and audit rows, and the client's network address. The address is the socket peer, or the
 * address a trusted proxy forwarded; it is empty when neither is a valid IP address.
 */
public record RequestOrigin(String requestId, Optional<String> clientAddress) implements Serializable {

    public RequestOrigin {
        Objects.requireNonNull(requestId, "request id");
        Objects.requireNonNull(clientAddress, "client address");
    }
}
