package dev.casebook.load;

import dev.casebook.model.SourcePos;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A YAML value with the position it was written at: a mapping, a list or a scalar kept as its text. */
public sealed interface YamlNode permits YamlNode.Mapping, YamlNode.Sequence, YamlNode.Scalar {

    SourcePos pos();

    /** What kind of value this is, in a reader's words, for error messages. */
    String kind();

    /** A key of a mapping, where it was written, and its value. */
    record Entry(String key, SourcePos keyPos, YamlNode value) {
    }

    /** A mapping: keys in file order, each once. */
    record Mapping(SourcePos pos, LinkedHashMap<String, Entry> entries) implements YamlNode {
        public String kind() {
            return "a set of fields";
        }

        Map<String, Entry> map() {
            return entries;
        }
    }

    /** A list. */
    record Sequence(SourcePos pos, List<YamlNode> items) implements YamlNode {
        public String kind() {
            return "a list";
        }
    }

    /**
     * A single value, its text exactly as written (YAML 1.1 words like {@code NO} and numbers like {@code 010}
     * stay text). {@code empty} marks a value left blank or written as {@code ~}/{@code null}.
     */
    record Scalar(SourcePos pos, String text, boolean empty) implements YamlNode {
        public String kind() {
            return empty ? "an empty value" : "a single value";
        }
    }
}
