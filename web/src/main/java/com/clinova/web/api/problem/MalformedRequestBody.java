package com.clinova.web.api.problem;

/**
 * The request body could not be read as the JSON its endpoint takes: the client's mistake, a 400.
 * Raised only while reading a request, so the same JSON-B errors while writing a response stay
 * what they are, a bug of ours and a 500.
 */
final class MalformedRequestBody extends RuntimeException {

    private static final long serialVersionUID = 1L;

    MalformedRequestBody(Throwable cause) {
        super("The request body is not the JSON this endpoint takes.", cause);
    }
}
