package com.clinova.records.domain;

import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.error.RuleViolationException.FieldViolation;
import com.clinova.platform.text.PlainText;
import com.clinova.records.api.NoteContent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rules of what a note says. Text is stored stripped, with empty fields as absent; every
 * broken rule is reported at once, named as clients name the fields.
 */
public final class NoteRules {

    static final int SHORT_MAX = 500;
    static final int LONG_MAX = 4_000;
    static final int TEXT_MAX = 20_000;
    /** A classification code such as ICD-10 {@code K02.1} or a national code system's. */
    private static final Pattern CODE = Pattern.compile("^[A-Z0-9][A-Z0-9.\\-]{0,19}$");

    private static final String CONTROL_CHARACTERS = "must not contain control characters";

    private final List<FieldViolation> violations = new ArrayList<>();

    private NoteRules() {}

    /** The content as stored: stripped, blank fields absent, the code in upper case. */
    public static NoteContent normalise(NoteContent c) {
        String code = strip(c.diagnosisCode());
        return new NoteContent(
                strip(c.chiefComplaint()),
                strip(c.findings()),
                strip(c.diagnosis()),
                code == null ? null : code.toUpperCase(Locale.ROOT),
                strip(c.procedures()),
                strip(c.plan()),
                strip(c.text()));
    }

    /** The rules normalised {@code content} breaks; empty when it may be stored. */
    public static List<FieldViolation> violationsOf(NoteContent content) {
        NoteRules rules = new NoteRules();
        rules.text("chiefComplaint", content.chiefComplaint(), SHORT_MAX);
        rules.text("findings", content.findings(), LONG_MAX);
        rules.text("diagnosis", content.diagnosis(), SHORT_MAX);
        rules.code(content.diagnosisCode(), content.diagnosis());
        rules.text("procedures", content.procedures(), LONG_MAX);
        rules.text("plan", content.plan(), LONG_MAX);
        rules.text("text", content.text(), TEXT_MAX);
        if (content.isEmpty()) {
            rules.violations.add(new FieldViolation("content", "write at least one field of the note"));
        }
        return List.copyOf(rules.violations);
    }

    static void check(NoteContent content) {
        throwIfAny(violationsOf(content));
    }

    /** An amendment also says why the signed note needed correcting. */
    static void checkAmendment(String reason, NoteContent correction) {
        List<FieldViolation> all = new ArrayList<>();
        NoteRules rules = new NoteRules();
        if (reason == null) {
            rules.violations.add(new FieldViolation("reason", "is required"));
        } else {
            rules.text("reason", reason, SHORT_MAX);
        }
        all.addAll(rules.violations);
        all.addAll(violationsOf(correction));
        throwIfAny(all);
    }

    private static void throwIfAny(List<FieldViolation> violations) {
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
    }

    private void text(String field, String value, int max) {
        if (value == null) {
            return;
        }
        if (value.length() > max) {
            violations.add(new FieldViolation(field, "must have at most " + max + " characters"));
        }
        if (!PlainText.isMultiLine(value)) {
            violations.add(new FieldViolation(field, CONTROL_CHARACTERS));
        }
    }

    private void code(String code, String diagnosis) {
        if (code == null) {
            return;
        }
        if (!CODE.matcher(code).matches()) {
            violations.add(new FieldViolation("diagnosisCode", "must be a code of 1-20 letters, digits, . or -"));
        } else if (diagnosis == null) {
            violations.add(new FieldViolation("diagnosisCode", "needs the diagnosis it codes"));
        }
    }

    static String strip(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
