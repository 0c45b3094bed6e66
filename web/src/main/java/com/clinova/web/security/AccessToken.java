package com.clinova.web.security;

/** A signed bearer token and how many seconds it stays valid. */
public record AccessToken(String value, long expiresInSeconds) {}
