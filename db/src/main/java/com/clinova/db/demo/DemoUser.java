package com.clinova.db.demo;

import java.util.List;

/** A staff login of a demo clinic; every demo user shares {@link DemoTenants#PASSWORD}. */
public record DemoUser(String username, String displayName, List<String> roles) {}
