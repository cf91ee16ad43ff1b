package dev.casebook.load;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Skipping YAML's type resolution changes nothing Casebook reads: which values are null, and every value's text. */
class TextScalarsYamlFactoryTest {

    /** Each scalar's text, with "(null)" after the values the parser calls null. */
    private static List<String> read(YAMLFactory factory, String yaml) throws Exception {
        List<String> out = new ArrayList<>();
        try (JsonParser p = factory.createParser(yaml)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t.isScalarValue()) out.add(p.getText() + (t == JsonToken.VALUE_NULL ? " (null)" : ""));
                else if (t == JsonToken.FIELD_NAME) out.add("key " + p.currentName());
            }
        }
        return out;
    }

    @Test
    void nullsAndTextAreThoseOfJacksonsOwnParser() throws Exception {
        String[] values = {"~", "null", "Null", "NULL", "nULL", "''", "\"\"", "'null'", "\"~\"", "!!str null", "!!null ''", "yes", "No", "off",
                "0x1F", "010", "1_000", "-12", "+3", "3.5e2", ".inf", "-.Inf", ".NaN", "2020-01-01", "2001-12-14t21:59:43.10-05:00",
                "<<", "=", "Tina", "a sentence, with commas", "ñandú", "|\n  block\n  text", ">\n  folded\n  text", "!custom x"};
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < values.length; i++) yaml.append("k").append(i).append(": ").append(values[i]).append('\n');
        yaml.append("empty:\nlist:\n  - ~\n  - null\n  - 7\n  - true\n  -\n");
        String text = yaml.toString();
        // both from the same builder settings (a builder reads a plain empty value as text, new YAMLFactory() as null)
        assertEquals(read(YAMLFactory.builder().build(), text), read(new TextScalarsYamlFactory(YAMLFactory.builder()), text));
    }
}
