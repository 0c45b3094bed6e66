package com.clinova.patients.infrastructure;

import com.clinova.patients.api.PatientQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Builds the SQL of a patient search with positional parameters. Each name word must prefix-match
 * a word of {@code search_name}; LIKE wildcards typed by users are escaped so they match
 * literally.
 */
final class PatientSearchSql {

    /** The same key function the database uses to fill search_name (lower case, unaccented). */
    private static final String NORMALISE = "platform.search_key(?)";

    private final StringBuilder where = new StringBuilder("true");
    private final List<Object> parameters = new ArrayList<>();

    static PatientSearchSql of(PatientQuery query) {
        PatientSearchSql sql = new PatientSearchSql();
        query.name().ifPresent(sql::name);
        query.phone().ifPresent(sql::phone);
        query.dateOfBirth().ifPresent(d -> sql.condition(" and date_of_birth = ?", d));
        query.nationalId()
                .ifPresent(n -> sql.condition(" and national_id = ?", n.trim().toUpperCase(Locale.ROOT)));
        query.after().ifPresent(k -> sql.condition(" and (search_name, id) > (?, ?)", k.sortName(), k.id()));
        sql.parameters.add(query.limit() + 1);
        return sql;
    }

    String text() {
        return "select * from clinic.patient where " + where + " order by search_name, id limit ?";
    }

    List<Object> parameters() {
        return parameters;
    }

    private void name(String name) {
        for (String word : name.trim().split("\\s+")) {
            if (!word.isEmpty()) {
                String like = escapeLike(word);
                where.append(" and (search_name like ").append(NORMALISE).append(" || '%' escape '\\'");
                where.append(" or search_name like '% ' || ").append(NORMALISE).append(" || '%' escape '\\')");
                parameters.add(like);
                parameters.add(like);
            }
        }
    }

    private void phone(String phone) {
        String digits = phone.replaceAll("[^0-9]", "");
        if (!digits.isEmpty()) {
            condition(" and phone_digits like '%' || ? || '%'", digits);
        }
    }

    private void condition(String sql, Object... values) {
        where.append(sql);
        parameters.addAll(List.of(values));
    }

    private static String escapeLike(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
