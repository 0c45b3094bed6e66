package com.clinova.console.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The console speaks es, en and pt: each file (read on its own, without the fallback chain that
 * would hide a missing key) has exactly the same keys, and none is blank.
 */
class BundleKeysTest {

    private static Properties file(String suffix) throws IOException {
        Properties texts = new Properties();
        try (InputStream in =
                BundleKeysTest.class.getResourceAsStream("/com/clinova/console/messages" + suffix + ".properties")) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }

    @Test
    void everyLanguageHasTheSameKeys() throws IOException {
        Set<String> english = file("_en").stringPropertyNames();
        for (String suffix : new String[] {"", "_es", "_pt"}) {
            Properties texts = file(suffix);
            assertEquals(english, texts.stringPropertyNames(), "messages" + suffix);
            texts.forEach((key, text) -> assertFalse(text.toString().isBlank(), suffix + " " + key));
        }
    }
}
