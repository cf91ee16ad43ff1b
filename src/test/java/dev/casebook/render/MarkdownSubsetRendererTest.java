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
            "#hashtag\n", "####### seven\n", "#######  seven spaced\n",
            "- item\n  indented continuation\n  and more\n- next\n", "Para\n   indented continuation\n", "*a [b* c](https://e.example)\n",
        };
        for (String md : taken) assertTrue(agrees(md), () -> "left to commonmark:\n" + md);
    }

    @Test
    void anythingBeyondTheSubsetIsLeftToCommonmark() {
        String[] refused = {
            "Code `span`\n", "```\nfence\n```\n", "    indented code\n", "<b>html</b>\n", "a\\*b\n", "| a | b |\n|---|---|\n",
            "![image](https://e.example/i.png)\n", "[x]: https://e.example\n", "&amp; entity\n", "line with two spaces  \nbreak\n",
            "Setext\n===\n", "Setext\n---\n", "***\n", "- - -\n", "+ plus list\n", "1) paren list\n", "- a\n\n- loose\n",
            "- a\n* other bullet\n", "Para\n2. continues\n", "> quote\nlazy\n", "***strong em***\n", "*a **b*\n",
            "[link](javascript:alert(1))\n", "[link](https://e.example/a b)\n", "[link](<https://e.example>)\n",
            "[link](https://e.example \"title\")\n", "tab\there\n", "cr\r\n", 
            "- item\n  - nested\n", "- item\n\n  second paragraph\n", "   indented first line\n", "# closed #\n", "#\n", "*\n", "2. *\n", "a*b*c\n", "*a _b* c_\n",
            "[a [b](https://e.example) c](https://f.example)\n", "-\n", "1.\n", "é*a*\n",
        };
        for (String md : refused) assertFalse(agrees(md), () -> "taken although beyond the subset:\n" + md);
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
        "\u00e9", "\u2013", "1.", "#", "~", "%", "!",
        "&amp;", "&#35;", "<", "***", "](javascript:x)", "](a b)", "![", "`", "\\", "\t", "(", "]("};
    private static final int PLAIN_INLINE = 34;

    @Test
    void generatedDocumentsAreRenderedAsCommonmarkDoesWhenTaken() {
        long seed = Long.getLong("markdown.seed", 20261123L);
        int docs = Integer.getInteger("markdown.docs", 20000);
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
                md.append(BLOCK_STARTS[random.nextInt(plain ? PLAIN_BLOCKS : BLOCK_STARTS.length)]);
                int pieces = 1 + random.nextInt(10);
                for (int p = 0; p < pieces; p++) md.append(INLINE[random.nextInt(plain ? PLAIN_INLINE : INLINE.length)]);
                if (plain) while (md.length() > 0 && md.charAt(md.length() - 1) == ' ') md.setLength(md.length() - 1);
                if (random.nextInt(20) > 0) md.append('\n');
            }
            if (agrees(md.toString())) taken++;
        }
        int tookAtLeast = docs / 10;
        assertTrue(taken >= tookAtLeast, "the quick renderer took only " + taken + " of " + docs + " generated documents");
    }
}
