package com.clinova.db.demo;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** The clinic-schema rows of a demo clinic; the caller has bound the tenant already. */
final class ClinicRows {

    private ClinicRows() {}

    static void insertUsers(Connection connection, DemoTenant tenant) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into clinic.app_user"
                + " (id, tenant_id, username, display_name, password_hash, roles) values (?, ?, ?, ?, ?, ?)")) {
            for (DemoUser user : tenant.users()) {
                insert.setObject(1, DemoTenants.userId(tenant.slug(), user.username()));
                insert.setObject(2, tenant.id());
                insert.setString(3, user.username());
                insert.setString(4, user.displayName());
                insert.setString(5, PasswordHashes.hash(DemoTenants.PASSWORD.toCharArray()));
                insert.setArray(6, connection.createArrayOf("text", user.roles().toArray()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    static void insertPatients(Connection connection, DemoTenant tenant) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into clinic.patient"
                + " (id, tenant_id, given_name, family_name, date_of_birth, sex, phone, email, national_id,"
                + " address, notes) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (DemoPatient patient : tenant.patients()) {
                insert.setObject(1, patient.id());
                insert.setObject(2, tenant.id());
                insert.setString(3, patient.givenName());
                insert.setString(4, patient.familyName());
                insert.setDate(5, Date.valueOf(patient.dateOfBirth()));
                insert.setString(6, patient.sex());
                insert.setString(7, patient.phone());
                insert.setString(8, patient.email());
                insert.setString(9, patient.nationalId());
                insert.setString(10, patient.address());
                insert.setString(11, patient.notes());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
