package it.com.clinova.binding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinova.platform.tenant.TenantContext;
import com.clinova.platform.tenant.TenantId;
import it.com.clinova.binding.BindingProbe.Sighting;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * JTA, EclipseLink and row-level security together, inside Liberty: the platform's tenant
 * binding is the only thing that makes rows visible, it never outlives its transaction on a
 * pooled connection, and EclipseLink's cache cannot hand one clinic's row to another.
 */
@ExtendWith(ArquillianExtension.class)
class TenantBindingArquillianIT {

    @Deployment
    static WebArchive deployment() {
        return ShrinkWrap.create(WebArchive.class, "tenant-binding-it.war")
                .addPackages(true, "com.clinova.platform")
                .addClasses(
                        BindingProbe.class, BindingProbe.Sighting.class, BindingProbe.ReadSide.class, PatientRow.class)
                .addAsResource("tenant-binding/persistence.xml", "META-INF/persistence.xml")
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
                .addAsManifestResource(EmptyAsset.INSTANCE, "beans.xml");
    }

    @Inject
    BindingProbe probe;

    @Resource(lookup = "jdbc/clinova")
    DataSource dataSource;

    private TenantId sonrisa;
    private TenantId lumiere;

    @BeforeEach
    void findClinics() throws SQLException {
        sonrisa = tenant("sonrisa");
        lumiere = tenant("lumiere");
    }

    @Test
    void aBoundTransactionSeesExactlyItsClinicsRows() {
        List<PatientRow> rows = TenantContext.supplyAs(sonrisa, probe::allPatients);
        assertFalse(rows.isEmpty());
        assertTrue(rows.stream().allMatch(r -> r.tenantId().equals(sonrisa.value())));
    }

    @Test
    void withoutABoundTenantNothingIsVisible() {
        assertTrue(probe.allPatients().isEmpty(), "unbound transactions must fail closed");
    }

    @Test
    void aTransactionCannotSwitchToAnotherClinic() {
        RuntimeException refused = assertThrows(
                RuntimeException.class, () -> TenantContext.runAs(sonrisa, () -> probe.readThenReadAs(lumiere)));
        boolean named = false;
        for (Throwable t = refused; t != null; t = t.getCause()) {
            named |= String.valueOf(t.getMessage()).contains("tenant changed inside a transaction");
        }
        assertTrue(named, () -> "refused for another reason: " + refused);
    }

    @Test
    void theEntityCacheDoesNotServeOneClinicsPatientToAnother() {
        UUID sonrisaPatient =
                TenantContext.supplyAs(sonrisa, probe::allPatients).get(0).id();
        assertNotNull(TenantContext.supplyAs(sonrisa, () -> probe.find(sonrisaPatient)));
        assertNull(TenantContext.supplyAs(lumiere, () -> probe.find(sonrisaPatient)));
    }

    @Test
    void aSharedEntityCacheWouldLeakWhichIsWhyItIsOff() {
        UUID sonrisaPatient =
                TenantContext.supplyAs(sonrisa, probe::allPatients).get(0).id();
        assertNotNull(TenantContext.supplyAs(sonrisa, () -> probe.findWithSharedCache(sonrisaPatient)));
        assertNotNull(
                TenantContext.supplyAs(lumiere, () -> probe.findWithSharedCache(sonrisaPatient)),
                "EclipseLink's shared cache answered without SQL, past RLS (the TOOLCHAIN finding)");
    }

    /** Reports may be pointed at a replica; on the primary too, that path must not be able to write. */
    @Test
    void theReadSideCannotWrite() throws SQLException {
        for (BindingProbe.ReadSide readSide :
                List.of(probe.readSideInTransaction(), probe.readSideOutsideTransaction())) {
            assertEquals("on", readSide.readOnly());
            assertEquals("25006", readSide.writeSqlState(), "read_only_sql_transaction");
        }
    }

    @Test
    void aPooledConnectionForgetsItsTenantAfterTheTransaction() throws SQLException {
        probe.warmUpSingleConnection();
        Sighting first = TenantContext.supplyAs(sonrisa, probe::onSingleConnection);
        Sighting tenantless = probe.tenantlessStatement();
        Sighting second = TenantContext.supplyAs(lumiere, probe::onSingleConnection);

        assertEquals(first.backendPid(), tenantless.backendPid(), "the pool of one must reuse its connection");
        assertEquals(first.backendPid(), second.backendPid(), "the pool of one must reuse its connection");
        assertEquals(sonrisa.toString(), first.tenantSetting());
        assertTrue(first.rowCount() > 0);
        assertEquals("", tenantless.tenantSetting());
        assertEquals(0, tenantless.rowCount(), "a tenant-less statement after sonrisa's transaction saw rows");
        assertTrue(second.rowCount() > 0);
        assertTrue(second.rows().stream().allMatch(r -> r.tenantId().equals(lumiere.value())));
    }

    private TenantId tenant(String slug) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement =
                        connection.prepareStatement("select id from platform.tenant where slug = ?")) {
            statement.setString(1, slug);
            try (ResultSet rs = statement.executeQuery()) {
                assertTrue(rs.next(), "demo clinic " + slug + " missing");
                return new TenantId((UUID) rs.getObject(1));
            }
        }
    }
}
