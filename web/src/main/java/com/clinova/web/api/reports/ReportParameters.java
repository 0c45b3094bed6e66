package com.clinova.web.api.reports;

import com.clinova.reports.api.ReportPeriod;
import com.clinova.reports.api.RevenueBreakdown;
import com.clinova.web.api.RequestFields;
import java.time.LocalDate;
import java.util.UUID;

/** Query parameters of the report endpoints, checked all at once so one answer lists every mistake. */
final class ReportParameters {

    private ReportParameters() {}

    static ReportPeriod period(String from, String to) {
        RequestFields fields = new RequestFields();
        LocalDate first = requiredDate(fields, "from", from);
        LocalDate end = requiredDate(fields, "to", to);
        fields.throwIfAny();
        return new ReportPeriod(first, end);
    }

    static DayListRequest dayList(String practitionerId, String date) {
        RequestFields fields = new RequestFields();
        UUID practitioner =
                fields.required("practitionerId", practitionerId) ? fields.id("practitionerId", practitionerId) : null;
        LocalDate day = requiredDate(fields, "date", date);
        fields.throwIfAny();
        return new DayListRequest(practitioner, day);
    }

    static RevenueRequest revenue(String from, String to, String by) {
        RequestFields fields = new RequestFields();
        LocalDate first = requiredDate(fields, "from", from);
        LocalDate end = requiredDate(fields, "to", to);
        RevenueBreakdown breakdown = RequestFields.isBlank(by)
                ? RevenueBreakdown.MONTH
                : RevenueBreakdown.ofCode(by.trim()).orElse(null);
        if (breakdown == null) {
            fields.add("by", "must be month, practitioner or service");
        }
        fields.throwIfAny();
        return new RevenueRequest(new ReportPeriod(first, end), breakdown);
    }

    record RevenueRequest(ReportPeriod period, RevenueBreakdown breakdown) {}

    record DayListRequest(UUID practitionerId, LocalDate day) {}

    private static LocalDate requiredDate(RequestFields fields, String name, String value) {
        return fields.required(name, value) ? fields.date(name, value) : null;
    }
}
