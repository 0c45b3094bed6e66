package com.clinova.practice.api;

import java.io.Serializable;
import java.util.UUID;

public record RoomView(UUID id, UUID locationId, String name, boolean active) implements Serializable {}
