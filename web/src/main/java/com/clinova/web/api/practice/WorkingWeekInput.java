package com.clinova.web.api.practice;

import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.error.RuleViolationException.FieldViolation;
import com.clinova.practice.api.WorkingHoursBlock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A whole week as clients send it. Days and times arrive as text so a bad one becomes a named
 * field error ({@code blocks[2].start}) instead of an unreadable body.
 */
public record WorkingWeekInput(List<Block> blocks) {

    /** One block: {@code day} monday … sunday, {@code start}/{@code end} as HH:mm. */
    public record Block(String locationId, String day, String start, String end) {}

    /** @throws RuleViolationException naming every unreadable field */
    List<WorkingHoursBlock> toBlocks() {
        if (blocks == null) {
            throw new RuleViolationException("blocks", "is required (an empty list clears the week)");
        }
        List<FieldViolation> violations = new ArrayList<>();
        List<WorkingHoursBlock> read = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            String field = "blocks[" + i + "]";
            Block b = blocks.get(i);
            if (b == null) {
                violations.add(new FieldViolation(field, "must be a block"));
                continue;
            }
            UUID location = Ids.ofField(field + ".locationId", b.locationId(), violations);
            if (b.locationId() == null || b.locationId().isBlank()) {
                violations.add(new FieldViolation(field + ".locationId", "is required"));
            }
            DayOfWeek day = day(field + ".day", b.day(), violations);
            LocalTime start = time(field + ".start", b.start(), violations);
            LocalTime end = time(field + ".end", b.end(), violations);
            read.add(new WorkingHoursBlock(location, day, start, end));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        return read;
    }

    private static DayOfWeek day(String field, String text, List<FieldViolation> violations) {
        try {
            return DayOfWeek.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            violations.add(new FieldViolation(field, "must be a day: monday, tuesday, … sunday"));
            return null;
        }
    }

    private static LocalTime time(String field, String text, List<FieldViolation> violations) {
        try {
            return LocalTime.parse(text.trim());
        } catch (DateTimeParseException | NullPointerException e) {
            violations.add(new FieldViolation(field, "must be a time as HH:mm"));
            return null;
        }
    }
}
