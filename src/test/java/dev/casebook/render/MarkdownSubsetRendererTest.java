package dev.casebook.render;

import dev.casebook.bench.SyntheticProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The quick renderer gives exactly commonmark's HTML whenever it renders a text at all, and it does render the
 * Markdown stories are usually written in. {@code -Dmarkdown.seed=S -Dmarkdown.docs=N} runs the generated part
 * with another seed and size.
 */
class MarkdownSubsetRendererTest {

    /** Whether the quick renderer took {@code markdown}; fails when its HTML differs from commonmark's. */
    private static boolean agrees(String markdown) {
        Optional<String> quick = MarkdownSubsetRenderer.render(markdown);
        if (quick.isEmpty()) return false;
        String full = MarkdownRenderer.withCommonmark("s.md", 1, markdown, d -> {
            throw new AssertionError("the quick renderer took a text commonmark warns about (" + d.message() + "):\n" + markdown);
        });
        assertEquals(full, quick.get(), () -> "for:\n" + markdown);
        return true;
    }

    @Test
    void everydayStoriesAreRenderedAsCommonmarkDoes() {
        String[] taken = {
            "",
            "One paragraph.\n",
            "# Title\n\nText with *em*, **strong**, _em_ and __strong__.\n",
            "Two lines\nof one paragraph \"quoted\" & > more.\n",
            "See [the tip](https://example.com/445) and [a\nsplit link](https://example.org/a?b=1&c=2#x).\n",
            "[relative](/stories/x.html) [anchor](#top) [mail](mailto:a@b.example) [upper](HTTP://X.EXAMPLE)\n",
            "- one\n- two **bold**\nlazy line\n\nAfter.\n",
            "* star\n* list\n",
            "1. first\n2. second\n",
            "3. third\n4. fourth\n",
            "Para\n- list interrupts\n",
            "Para\n1. ordered interrupts\n",
            "> quoted *words*\n> more\n\n> second\n>\n> with two paragraphs\n",
            "> ## heading in a quote\n> - and a list\n",
            "## Heading\nText right after.\n### Three\n###### Six\n",
            "a_b_c snake_case *a **b** c* **a *b* c** *[link](https://e.example)*\n",
            "*unclosed and closed* * lone star, trailing*\n",
            "[not a link] and [another][ref] and ] alone [\n",
            "[a [b] c](https://e.example) [](https://empty.example)\n",
            "café – naïve “quotes” 100% 50 %\n",
            "Ends without a newline",
            "\n\n\nBlank lines first\n\n\n",
            "1.5 million\n2010 was a year.\n",
            "- item\n\n## heading\n",
            "Code `span` and ``a`b`` and `x_y*z` in *em `code` em*, `caf\u00e9 \u2013 \ud83d\ude00`.\n", "```\ncaf\u00e9 \u2013 \ud83d\ude00\n```\n", "`unclosed backtick and text\n",
            "```\nfence\n```\n", "```\nfence closed with a tab\n```\t\nAfter.\n", "```\nfence\n``` \t \nAfter.\n", "```java\nint x = a < b && c; // \"q\" | \\ \t tab  \n  indented\n\n```\nAfter.\n",
            "Para\n```sh\ninterrupts\n````\n", "- item\n```\ncode after a list\n```\n", "> ```\n> quoted code\n> ```\n",
            "| a | b |\n|---|---|\n| 1 | 2 |\n", "| Who | Channel | Outcome |\n| --- | :--- | ---: |\n| *x* | `a_b` | [l](/u) |\n| short |\n| 1 | 2 | 3 | 4 |\n\nAfter.\n",
            "|a|b|\n|-|:-:|\n|1|2|\n", "| empty | |\n| --- | --- |\n| | x |\n",
            "**producer *of*** and *a **b*** and ***both*** and *a ***b***\n", "***x** y* ***a* b** *a **b* **a *b**\n", "***left* over\n",
            "#hashtag\n", "####### seven\n", "#######  seven spaced\n",
            "- item\n  indented continuation\n  and more\n- next\n", "Para\n   indented continuation\n", "*a [b* c](https://e.example)\n",
        };
        for (String md : taken) assertTrue(agrees(md), () -> "left to commonmark:\n" + md);
    }

    @Test
    void anythingBeyondTheSubsetIsLeftToCommonmark() {
        String[] refused = {
            "` spaced code `\n", "`code over\nlines`\n", "```\nnever closed\n", "```", "```java", "Text\n```", "```\ncode\n  ```\n", "```java title\nx\n```\n",
            "~~~\ntilde\n~~~\n", "| a | b |\n|---|---|\n", "| a | b |\n|---|\n| 1 | 2 |\n", "| a |\n| --- |\nlazy row\n",
            "Para\n| a |\n| --- |\n| 1 |\n", "| a \\| b |\n| --- |\n| 1 |\n", "| a |\n| :: |\n| 1 |\n",
            "    indented code\n", "<b>html</b>\n", "a\\*b\n",
            "![image](https://e.example/i.png)\n", "[x]: https://e.example\n", "&amp; entity\n", "line with two spaces  \nbreak\n",
            "Setext\n===\n", "Setext\n---\n", "***\n", "- - -\n", "+ plus list\n", "1) paren list\n", "- a\n\n- loose\n",
            "- a\n* other bullet\n", "Para\n2. continues\n", "> quote\nlazy\n", "**a _b** c_\n", "*a** b\n",
            "[link](javascript:alert(1))\n", "[link](https://e.example/a b)\n", "[link](<https://e.example>)\n",
            "[link](https://e.example \"title\")\n", "[link](/a?b=1&amp;c=2)\n", "tab\there\n", "cr\r\n", 
            "- item\n  - nested\n", "- item\n\n  second paragraph\n", "   indented first line\n", "# closed #\n", "#\n", "*\n", "2. *\n", "a*b*c\n", "*a _b* c_\n",
            "[a [b](https://e.example) c](https://f.example)\n", "-\n", "1.\n", "é*a*\n",
        };
        for (String md : refused) assertFalse(agrees(md), () -> "taken although beyond the subset:\n" + md);
        // deep nesting is left to commonmark, without a deep recursion here
        assertFalse(agrees("> ".repeat(5000) + "x\n"));
        assertFalse(agrees("- ".repeat(5000) + "x\n"));
        assertTrue(agrees("> ".repeat(8) + "x\n"));
    }

    @Test
    void theSampleContentAndGeneratedStoriesAreTaken(@TempDir Path tmp) throws IOException {
        SyntheticProject.write(new SyntheticProject.Spec(400, 0, 20, 7), tmp);
        List<Path> files;
        try (Stream<Path> s = Stream.concat(Files.list(Path.of("content/stories")), Files.list(tmp.resolve("content/stories")))) {
            files = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        assertTrue(files.size() >= 400);
        for (Path f : files) {
            String text = Files.readString(f);
            String body = text.substring(text.indexOf("\n---\n", 4) + 5);
            assertTrue(agrees(body), () -> f + " was left to commonmark");
        }
    }

    /** Line starts: the first {@link #PLAIN_BLOCKS} stay within the subset, the rest mostly go beyond it. */
    private static final String[] BLOCK_STARTS = {"", "", "", "", "# ", "## ", "###### ", "####### ", "#", "- ", "* ", "1. ", "2. ", "> ", "  ",
        ">", "+ ", "1) ", "    ", " ", "---", "***", "___", "===", "```", "~~~", "<div>", "| ", "[x]: /u", "- - ", "-", "1."};
    private static final int PLAIN_BLOCKS = 16;
    /** Pieces of a line: the first {@link #PLAIN_INLINE} stay within the subset, the rest mostly go beyond it. */
    private static final String[] INLINE = {"word", "word", "word", " ", " ", " ", ",", ".", "\"", "'", "(", ")", "&", ">", "*", "*", "**",
        "_", "_", "__", "[", "]", "](https://e.example/p)", "](/rel)", "](#f)", "](https://e.example/?a=1&b=2)", "](mailto:x@y.example)",
        "\u00e9", "\u2013", "\ud83d\ude00", "1.", "#", "~", "%", "!", "`", "``",
        "&amp;", "&#35;", "<", "***", "](javascript:x)", "](a b)", "![", "`", "\\", "\t", "(", "]("};
    private static final int PLAIN_INLINE = 37;

    private static final String[] DELIMITER_CELLS = {"---", "---", ":--", "--:", ":-:", "-", ":", "--- ", "x"};

    /** A table: a header row, a delimiter row and body rows of varying length (now and then a malformed one). */
    private static String table(Random random, boolean plain) {
        int columns = 1 + random.nextInt(4);
        StringBuilder t = new StringBuilder();
        int rows = 1 + random.nextInt(4);
        for (int r = 0; r <= rows; r++) {
            int cells = r == 1 ? columns + (random.nextInt(10) == 0 ? 1 : 0) : r == 0 ? columns : 1 + random.nextInt(columns + 1);
            t.append('|');
            for (int k = 0; k < cells; k++) {
                if (r == 1) t.append(' ').append(DELIMITER_CELLS[random.nextInt(plain ? 5 : DELIMITER_CELLS.length)]).append(' ');
                else {
                    t.append(' ');
                    for (int p = random.nextInt(4); p > 0; p--) t.append(INLINE[random.nextInt(plain ? PLAIN_INLINE : INLINE.length)]);
                    t.append(' ');
                }
                t.append('|');
            }
            t.append('\n');
        }
        return t.toString();
    }

    private static final String[] FENCE_LINES = {"code", "  indented", "a < b && \"c\"", "", "| pipe", "*not em*", "`tick`", "\ttab", "caf\u00e9 \u2013 \ud83d\ude00", "  ```",
        "````", "```", "~~~", "x  "};

    /** A fenced code block, now and then unclosed or closed by a shorter or indented fence. */
    private static String fence(Random random, boolean plain) {
        StringBuilder f = new StringBuilder(random.nextBoolean() ? "```" : "````");
        String[] info = {"", "java", "c++", "x y", "a`b"};
        f.append(info[random.nextInt(plain ? 3 : info.length)]).append('\n');
        for (int l = random.nextInt(4); l > 0; l--) f.append(FENCE_LINES[random.nextInt(plain ? 9 : FENCE_LINES.length)]).append('\n');
        if (!plain && random.nextInt(4) == 0) return f.toString();
        return f.append(f.charAt(3) == '`' ? "````" : "```").append('\n').toString();
    }

    @Test
    void generatedDocumentsAreRenderedAsCommonmarkDoesWhenTaken() {
        long seed = Long.getLong("markdown.seed", 20261123L);
        int docs = Integer.getInteger("markdown.docs", 200000);
        Random random = new Random(seed);
        int taken = 0;
        for (int d = 0; d < docs; d++) {
            StringBuilder md = new StringBuilder();
            int lines = 1 + random.nextInt(8);
            boolean plain = random.nextInt(3) > 0; // two in three documents stay mostly within the subset
            for (int l = 0; l < lines; l++) {
                if (random.nextInt(5) == 0) {
                    md.append('\n');
                    continue;
                }
                if (random.nextInt(12) == 0) {
                    md.append(random.nextBoolean() ? table(random, plain) : fence(random, plain));
                    continue;
                }
                md.append(BLOCK_STARTS[random.nextInt(plain ? PLAIN_BLOCKS : BLOCK_STARTS.length)]);
                int pieces = 1 + random.nextInt(10);
                for (int p = 0; p < pieces; p++) md.append(INLINE[random.nextInt(plain ? PLAIN_INLINE : INLINE.length)]);
                if (plain) while (md.length() > 0 && md.charAt(md.length() - 1) == ' ') md.setLength(md.length() - 1);
                if (random.nextInt(20) > 0) md.append('\n');
            }
            if (random.nextInt(4) == 0 && md.length() > 0) {
                // a text that stops anywhere, in the middle of a construct: the renderer must never read past its end
                int cut = random.nextInt(md.length());
                if (cut > 0 && Character.isHighSurrogate(md.charAt(cut - 1))) cut--;
                md.setLength(cut);
            }
            if (agrees(md.toString())) taken++;
        }
        int tookAtLeast = docs / 10;
        assertTrue(taken >= tookAtLeast, "the quick renderer took only " + taken + " of " + docs + " generated documents");
    }
}
