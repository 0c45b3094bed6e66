package com.clinova.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every persistence unit of every context binds the tenant and keeps EclipseLink's shared cache
 * off (it would serve one clinic's entity to another without SQL, past row-level security). The
 * Arquillian test proves the mechanism; this proves each product unit actually uses it.
 */
class PersistenceUnitRulesTest {

    /** By name: loading the class would need EclipseLink, which only the server provides. */
    private static final String TENANT_BINDING = "com.clinova.platform.persistence.TenantBindingCustomizer";

    private static final List<Element> units = new ArrayList<>();

    @BeforeAll
    static void readUnits() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        for (URL url : Collections.list(
                PersistenceUnitRulesTest.class.getClassLoader().getResources("META-INF/persistence.xml"))) {
            try (InputStream in = url.openStream()) {
                NodeList found = factory.newDocumentBuilder().parse(in).getElementsByTagNameNS("*", "persistence-unit");
                for (int i = 0; i < found.getLength(); i++) {
                    units.add((Element) found.item(i));
                }
            }
        }
    }

    @Test
    void findsTheUnitsOfTheContexts() {
        List<String> names = units.stream().map(u -> u.getAttribute("name")).toList();
        assertTrue(names.containsAll(List.of("tenancy", "patients", "practice", "reports")), "units found: " + names);
    }

    @Test
    void everyUnitBindsTheTenantAndSharesNoCache() {
        for (Element unit : units) {
            String name = unit.getAttribute("name");
            Map<String, String> properties = propertiesOf(unit);
            assertEquals("NONE", text(unit, "shared-cache-mode"), name);
            assertEquals("false", properties.get("eclipselink.cache.shared.default"), name);
            assertEquals(TENANT_BINDING, properties.get("eclipselink.session.customizer"), name);
            // Only the read side may use the read-only data source (it may be a replica).
            assertEquals(
                    name.equals("reports") ? "jdbc/clinovaReports" : "jdbc/clinova",
                    text(unit, "jta-data-source"),
                    name);
        }
    }

    private static Map<String, String> propertiesOf(Element unit) {
        Map<String, String> properties = new HashMap<>();
        NodeList found = unit.getElementsByTagNameNS("*", "property");
        for (int i = 0; i < found.getLength(); i++) {
            Element property = (Element) found.item(i);
            properties.put(property.getAttribute("name"), property.getAttribute("value"));
        }
        return properties;
    }

    private static String text(Element unit, String tag) {
        NodeList found = unit.getElementsByTagNameNS("*", tag);
        return found.getLength() == 0 ? null : found.item(0).getTextContent().trim();
    }
}
