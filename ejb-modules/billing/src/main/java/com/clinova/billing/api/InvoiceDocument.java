package com.clinova.billing.api;

import java.io.Serializable;

/** A printable invoice: the PDF and the file name to save it as ({@code <number>.pdf}). */
public record InvoiceDocument(String fileName, byte[] content) implements Serializable {}
