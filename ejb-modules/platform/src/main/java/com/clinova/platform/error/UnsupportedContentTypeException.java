package com.clinova.platform.error;

/** An uploaded body is not of a type the endpoint accepts, judged by its content. */
public class UnsupportedContentTypeException extends ClinovaException {

    public UnsupportedContentTypeException(String message) {
        super(message);
    }
}
