package com.clinova.web.portal;

import com.clinova.patients.api.PatientDetails;
import com.clinova.patients.api.Sex;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Locale;

/**
 * What the patient form holds between requests. Empty inputs become null, which the patients
 * context reads as "unknown", so clearing a field really clears it.
 */
public class PatientForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String givenName;
    private String familyName;
    private LocalDate dateOfBirth;
    private Sex sex;
    private String phone;
    private String email;
    private String nationalId;
    private String address;
    private String notes;

    static PatientForm of(PatientDetails details) {
        PatientForm form = new PatientForm();
        form.givenName = details.givenName();
        form.familyName = details.familyName();
        form.dateOfBirth = details.dateOfBirth();
        form.sex = details.sex();
        form.phone = details.phone();
        form.email = details.email();
        form.nationalId = details.nationalId();
        form.address = details.address();
        form.notes = details.notes();
        return form;
    }

    PatientDetails toDetails() {
        return new PatientDetails(
                clean(givenName),
                clean(familyName),
                dateOfBirth,
                sex,
                clean(phone),
                clean(email),
                upper(clean(nationalId)),
                clean(address),
                clean(notes));
    }

    // National ids are stored in capitals; people type them in any case.
    private static String upper(String text) {
        return text == null ? null : text.toUpperCase(Locale.ROOT);
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String givenName) {
        this.givenName = givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public Sex getSex() {
        return sex;
    }

    public void setSex(Sex sex) {
        this.sex = sex;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getNationalId() {
        return nationalId;
    }

    public void setNationalId(String nationalId) {
        this.nationalId = nationalId;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
