package com.clinova.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

    @Test
    void defaultsAreTheDevelopmentCluster() {
        DatabaseSettings settings = DatabaseSettings.resolve(key -> null);
        assertEquals("127.0.0.1", settings.host());
        assertEquals(55432, settings.port());
        assertEquals("clinova", settings.name());
        assertEquals(new Credentials("postgres", ""), settings.superuser());
        assertEquals(new Credentials("clinova_owner", "clinova_owner_dev"), settings.owner());
        assertEquals(new Credentials("clinova_app", "clinova_app_dev"), settings.app());
        assertEquals(new Credentials("clinova_platform", "clinova_platform_dev"), settings.platform());
    }

    @Test
    void explicitValuesWinAndAnEmptyPasswordIsKept() {
        Map<String, String> values = Map.of(
                "clinova.db.port", "6543",
                "clinova.db.app.user", "tenant_app",
                "clinova.db.app.password", "",
                "clinova.db.superuser.password", "s3cret");
        DatabaseSettings settings = DatabaseSettings.resolve(values::get);
        assertEquals(6543, settings.port());
        assertEquals(new Credentials("tenant_app", ""), settings.app());
        assertEquals("s3cret", settings.superuser().password());
    }

    @Test
    void environmentVariableNames() {
        assertEquals("CLINOVA_DB_OWNER_PASSWORD", DatabaseSettings.environmentName("clinova.db.owner.password"));
        assertEquals("CLINOVA_DB_SUPERUSER", DatabaseSettings.environmentName("clinova.db.superuser"));
    }
}
