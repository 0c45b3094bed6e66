package com.clinova.practice.domain;

import com.clinova.platform.tenant.TenantId;
import com.clinova.practice.api.WorkingHoursBlock;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A practitioner's whole week, replacing the one stored before.
 *
 * <p>Rules: every block names a location of the clinic, a day, and a start before its end (whole
 * minutes); no two blocks of one day overlap, whatever their locations (nobody is in two places at
 * once; touching blocks are fine: 09:00–13:00 and 13:00–14:00); a block that is new (not in the
 * current week) needs an active practitioner and an active location. At most {@value #MAX_BLOCKS}
 * blocks. Broken rules are named {@code blocks[i]}, by the block's position in the input.
 */
public final class WorkingWeek {

    static final int MAX_BLOCKS = 70;
    private static final Comparator<WorkingHoursBlock> ORDER = Comparator.comparing(WorkingHoursBlock::day)
            .thenComparing(WorkingHoursBlock::start)
            .thenComparing(b -> b.locationId().toString());

    private final List<WorkingHoursBlock> blocks;

    private WorkingWeek(List<WorkingHoursBlock> blocks) {
        this.blocks = blocks.stream().sorted(ORDER).toList();
    }

    /**
     * @param current the practitioner's blocks as stored now
     * @throws com.clinova.platform.error.RuleViolationException naming every broken rule
     */
    public static WorkingWeek of(
            Practitioner practitioner,
            List<WorkingHoursBlock> wanted,
            List<WorkingHoursBlock> current,
            PracticeLookup practice) {
        FieldRules rules = new FieldRules();
        if (wanted.size() > MAX_BLOCKS) {
            rules.add("blocks", "must have at most " + MAX_BLOCKS + " blocks");
            rules.throwIfBroken();
        }
        Set<WorkingHoursBlock> existing = new HashSet<>(current);
        List<WorkingHoursBlock> valid = new ArrayList<>();
        for (int i = 0; i < wanted.size(); i++) {
            checkBlock(rules, "blocks[" + i + "]", wanted.get(i), existing, practitioner, practice)
                    .ifPresent(valid::add);
        }
        checkOverlaps(rules, wanted, valid);
        rules.throwIfBroken();
        return new WorkingWeek(valid);
    }

    private static Optional<WorkingHoursBlock> checkBlock(
            FieldRules rules,
            String field,
            WorkingHoursBlock block,
            Set<WorkingHoursBlock> existing,
            Practitioner practitioner,
            PracticeLookup practice) {
        if (block == null || block.locationId() == null || block.day() == null) {
            rules.add(field, "needs a locationId, a day, a start and an end");
            return Optional.empty();
        }
        if (block.start() == null || block.end() == null || !block.start().isBefore(block.end())) {
            rules.add(field, "must start before it ends (on the same day)");
            return Optional.empty();
        }
        if (!block.start().equals(block.start().truncatedTo(ChronoUnit.MINUTES))
                || !block.end().equals(block.end().truncatedTo(ChronoUnit.MINUTES))) {
            rules.add(field, "must start and end on whole minutes");
            return Optional.empty();
        }
        Optional<Location> location = practice.location(block.locationId());
        if (location.isEmpty()) {
            rules.add(field, "names no location of this clinic");
            return Optional.empty();
        }
        if (!existing.contains(block) && !location.get().isActive()) {
            rules.add(field, "is at an inactive location");
        } else if (!existing.contains(block) && !practitioner.isActive()) {
            rules.add(field, "is new, but the practitioner is inactive");
        }
        return Optional.of(block);
    }

    private static void checkOverlaps(FieldRules rules, List<WorkingHoursBlock> wanted, List<WorkingHoursBlock> valid) {
        for (int i = 0; i < wanted.size(); i++) {
            WorkingHoursBlock a = wanted.get(i);
            if (!valid.contains(a)) {
                continue;
            }
            for (int j = 0; j < i; j++) {
                WorkingHoursBlock b = wanted.get(j);
                if (valid.contains(b) && overlap(a, b)) {
                    rules.add(
                            "blocks[" + i + "]",
                            "overlaps blocks[" + j + "] on " + a.day().name().toLowerCase(Locale.ROOT) + " ("
                                    + b.start() + "–" + b.end() + ")");
                }
            }
        }
    }

    private static boolean overlap(WorkingHoursBlock a, WorkingHoursBlock b) {
        return a.day() == b.day() && a.start().isBefore(b.end()) && b.start().isBefore(a.end());
    }

    /**
     * A fingerprint of a week's blocks in any order: equal weeks have equal tags, and any change
     * (a block moved, added, removed, at another location) changes it.
     */
    public static String tagOf(List<WorkingHoursBlock> blocks) {
        StringBuilder text = new StringBuilder();
        blocks.stream().sorted(ORDER).forEach(b -> text.append(b.day().getValue())
                .append(' ')
                .append(b.start())
                .append(' ')
                .append(b.end())
                .append(' ')
                .append(b.locationId())
                .append('\n'));
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public List<WorkingHoursBlock> blocks() {
        return blocks;
    }

    /** The rows that store this week for the practitioner. */
    public List<WorkingHours> rows(TenantId clinic, Practitioner practitioner, Instant now) {
        return blocks.stream()
                .map(b -> new WorkingHours(clinic.value(), practitioner.id(), b, now))
                .toList();
    }
}
