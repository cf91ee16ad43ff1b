package dev.casebook.load;

import dev.casebook.model.Diagnostic;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The quick reader gives exactly the full parser's tree (values, kinds, order and every position) whenever it
 * reads a file at all, and it does read the YAML Casebook files are usually written in.
 */
class YamlSubsetReaderTest {

    /** The tree as text: every node's kind, position and value, in order. */
    static String dump(YamlNode node) {
        StringBuilder b = new StringBuilder();
        dump(node, b);
        return b.toString();
    }

    private static void dump(YamlNode node, StringBuilder b) {
        b.append(node.pos().line()).append(':').append(node.pos().column());
        if (node instanceof YamlNode.Scalar s) {
            b.append(s.empty() ? " empty" : " text").append(" \"").append(s.text()).append("\"\n");
        } else if (node instanceof YamlNode.Sequence s) {
            b.append(" list ").append(s.items().size()).append(" [\n");
            s.items().forEach(i -> dump(i, b));
            b.append("]\n");
        } else if (node instanceof YamlNode.Mapping m) {
            b.append(" map {\n");
            for (YamlNode.Entry e : m.entries().values()) {
                b.append(e.key()).append(" @").append(e.keyPos().line()).append(':').append(e.keyPos().column()).append(" = ");
                dump(e.value(), b);
            }
            b.append("}\n");
        }
    }

    /** Whether the quick reader read {@code yaml}; fails when it read it differently from the full parser. */
    private static boolean agrees(String yaml) {
        Optional<YamlNode> quick = YamlSubsetReader.read("f.yaml", yaml, 3);
        if (quick.isEmpty()) return false;
        List<Diagnostic> problems = new ArrayList<>();
        Optional<YamlNode> full = YamlReader.readFully("f.yaml", yaml, 3, problems);
        assertTrue(full.isPresent() && problems.isEmpty(), () -> "the quick reader read a file the full parser rejects " + problems + ":\n" + yaml);
        assertEquals(dump(full.get()), dump(quick.get()), () -> "for:\n" + yaml);
        return true;
    }

    @Test
    void readsEverydayFilesAsTheFullParserDoes() {
        String[] everyday = {
                "title: The caterer's wine presenter\ndate: 2010-04\ntags: [referrals, wine, 'email introductions']\n",
                "# a log\nsubject: rebecca\npeople:\n  - id: rebecca\n    name: Rebecca Example   # the advisor\n    handle: \"@rebecca\"\n"
                        + "  - id: tina\n    name: 'Tina O''Neil'\n\nevents:\n- id: e1\n  type: met\n  note: Met at https://example.com/a?b=c#d, then talked twice\n",
                "summary: >-\n  One line\n  and the next.\n\n  A new paragraph.\nlessons:\n  - |\n    kept\n    as written\n  - plain\n",
                "a: |+\n  keep\n\nb: >\n  clip\n",
                "a:\n  b:\n    c: [ x , \"y z\" ]\n    d: []\n  e: ñandú 日本\n",
        };
        for (String yaml : everyday) assertTrue(agrees(yaml), () -> "not read quickly:\n" + yaml);
    }

    @Test
    void leavesEverythingElseToTheFullParser() {
        String[] others = {
                "a: first\n  continued\n", "a:\n", "a: ~\n", "a: null\n", "a: b\na: c\n", "a: b: c\n", "a: \"esc\\n\"\n", "a: \"open\n  close\"\n",
                "a: [x,\n  y]\n", "a: {b: c}\n", "a: &x b\n", "a: *x\n", "a: !t b\n", "a: -5\n", "a:\tb\n", "a: b\r\n", "--- \na: b\n",
                "- a\n", "  a: b\n", "a: >2\n   x\n", "a: >\n  x\n    deeper\n", "a: |\n\n  x\n", "a: [b, , c]\n", "a: [b,]\n", "\uFEFFa: b\n",
                "a: \uD83D\uDE00\n", "a b: c\n", "? a\n: b\n", "a: b\n- c\n", "a:\n  - b\n  c: d\n", "a: |\n  x\n   \n  y\n", "",
        };
        for (String yaml : others) assertFalse(agrees(yaml), () -> "read quickly, but should not be:\n" + yaml);
    }

    @Test
    void agreesWithTheFullParserOnGeneratedFiles() {
        // -Dyaml.seed and -Dyaml.files run it on other or more files
        Random random = new Random(Long.getLong("yaml.seed", 20261123));
        int quick = 0;
        int files = Integer.getInteger("yaml.files", 6000);
        for (int i = 0; i < files; i++) {
            StringBuilder yaml = new StringBuilder();
            if (random.nextInt(8) == 0) yaml.append("# generated file ").append(i).append('\n');
            new Generator(random, yaml, false).mapping(0, 0);
            String text = random.nextInt(10) == 0 ? yaml.toString().stripTrailing() : yaml.toString();
            if (agrees(text)) quick++;
        }
        // the generator mixes everyday YAML with YAML the quick reader must leave alone: both kinds must be common
        assertTrue(quick > files / 5 && quick < files * 4 / 5, "read quickly: " + quick + " of " + files);
    }

    @Test
    void readsEverydayGeneratedFilesQuickly() {
        Random random = new Random(7);
        for (int i = 0; i < 3000; i++) {
            StringBuilder yaml = new StringBuilder();
            new Generator(random, yaml, true).mapping(0, 0);
            assertTrue(agrees(yaml.toString()), () -> "not read quickly:\n" + yaml);
        }
    }

    @Test
    void readsTheSampleContentAsTheFullParserDoes() throws IOException {
        Path content = Path.of("content");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(content)) {
            files = walk.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".md")).sorted().toList();
        }
        assertFalse(files.isEmpty());
        for (Path p : files) {
            String text = Files.readString(p);
            String yaml = p.toString().endsWith(".md") ? FrontMatter.split(p.toString(), text, new ArrayList<>()).orElseThrow().yaml() : text;
            assertTrue(agrees(yaml), () -> p + " is not read quickly");
        }
    }

    /** Random YAML: mostly the everyday kind, with a share of constructs only the full parser reads. */
    private record Generator(Random random, StringBuilder out, boolean everydayOnly) {
        private static final String[] KEYS = {"id", "name", "type", "note", "from", "to", "via", "date", "tags", "x-1", "k_2", "2010",
                "a b", "-k", "null", "é"};
        private static final String[] VALUES = {"Tina", "a sentence, with commas", "https://example.com/a?b=c#d", "10:30", "a:b",
                "ends with spaces   ", "a #comment", "a#b", "'single'", "'it''s'", "''", "\"double\"", "\"\"", "\"esc\\t\"", "\"open",
                "[a, b]", "[]", "[ a , 'b c', \"d\" ]", "[a, , b]", "[a,]", "[a: b]", "[a?b]", "[a #b]", "{a: b}", "-5", "- x", "? x", ": x",
                "&anchor x", "*alias", "!tag x", "%x", "@x", "`x", "ñandú", "日本語", "yes", "010", "1.5", "~", "null", "NULL", "a: b",
                "x:", "a ]", "tab\there", "café # comment", "\u2028", "a \u00A0b", "\u0085", "a \"quoted\" word", "O'Neil"};

        /** A 1 in {@code n} chance of something only the full parser reads; none when only everyday YAML is wanted. */
        private boolean odd(int n) {
            return !everydayOnly && random.nextInt(n) == 0;
        }

        void mapping(int indent, int depth) {
            int entries = 1 + random.nextInt(depth == 0 ? 5 : 3);
            List<String> keys = new ArrayList<>(List.of(KEYS).subList(0, 9));
            java.util.Collections.shuffle(keys, random);
            for (int e = 0; e < entries; e++) {
                if (e > 0 || depth == 0) {
                    decoration(indent);
                    out.append(" ".repeat(indent));
                }
                // now and then a key written twice, or one only the full parser reads
                String key = odd(40) ? KEYS[random.nextInt(KEYS.length)] : keys.get(e);
                out.append(key).append(':');
                value(indent, depth);
            }
        }

        private void value(int indent, int depth) {
            int kind = odd(40) ? 8 : random.nextInt(depth > 3 ? 4 : 8);
            switch (kind) {
                case 0, 1, 2 -> {
                    out.append(' ').append(VALUES[random.nextInt(odd(8) ? VALUES.length : 10)]);
                    if (random.nextInt(12) == 0) out.append(odd(2) ? "#not one" : "  # a comment");
                    out.append('\n');
                    if (odd(25)) out.append(" ".repeat(indent + 1 + random.nextInt(3))).append("continued\n");
                }
                case 3 -> block(indent);
                case 4, 5 -> {
                    out.append(random.nextInt(10) == 0 ? "   # comment\n" : "\n");
                    int inner = indent + (random.nextInt(8) == 0 ? 1 : random.nextInt(10) == 0 ? 4 : 2);
                    out.append(" ".repeat(inner));
                    mapping(inner, depth + 1);
                }
                case 6, 7 -> {
                    out.append('\n');
                    int dash = random.nextInt(3) == 0 ? indent : indent + 2;
                    int items = 1 + random.nextInt(3);
                    for (int i = 0; i < items; i++) {
                        decoration(dash);
                        out.append(" ".repeat(dash)).append('-');
                        if (odd(30)) {
                            out.append('\n');
                            continue;
                        }
                        out.append(odd(15) ? "   " : " ");
                        if (random.nextBoolean()) mapping(dash + 2, depth + 1);
                        else if (random.nextInt(6) == 0) block(dash);
                        else out.append(VALUES[random.nextInt(odd(8) ? VALUES.length : 10)]).append('\n');
                    }
                }
                default -> out.append(random.nextInt(4) == 0 ? "   \n" : "\n");
            }
        }

        private void block(int indent) {
            String[] headers = {"|", ">", "|-", ">-", "|+", ">+", "|2", "> # folded", ">-\t"};
            out.append(' ').append(headers[random.nextInt(odd(4) ? headers.length : 6)]).append('\n');
            int inner = indent + (random.nextInt(10) == 0 ? 1 : 2);
            if (odd(15)) out.append('\n');
            int lines = 1 + random.nextInt(4);
            for (int l = 0; l < lines; l++) {
                int r = random.nextInt(random.nextInt(5) == 0 ? 14 : 40);
                if (r == 0 && l > 0) out.append('\n');
                else if (r == 1 && odd(1)) out.append(" ".repeat(inner + 1)).append('\n');
                else if (r == 2 && odd(1)) out.append(" ".repeat(inner + 2)).append("deeper line\n");
                else if (r == 3) out.append(" ".repeat(inner)).append("# not a comment here\n");
                else out.append(" ".repeat(inner)).append("line ").append(l).append(random.nextInt(8) == 0 ? " with trailing  " : "").append('\n');
            }
            if (random.nextInt(6) == 0) out.append("\n".repeat(1 + random.nextInt(2)));
        }

        /** Now and then a blank line or a comment line, at any indentation. */
        private void decoration(int indent) {
            int r = random.nextInt(14);
            if (r == 0) out.append('\n');
            else if (r == 1) out.append(" ".repeat(random.nextInt(everydayOnly ? indent + 1 : indent + 3))).append("# note\n");
        }
    }
}
