package dev.casebook.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.casebook.model.Diagnostic;
import dev.casebook.model.SourcePos;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

/**
 * Reads YAML text into a tree of {@link YamlNode}s with exact positions: the everyday YAML of Casebook files with
 * {@link YamlSubsetReader}, anything else through Jackson's streaming parser.
 * Rejects what Casebook does not use (anchors, aliases, tags, several documents) and what YAML would let slip
 * (a key twice in a mapping), and turns the parser's wording into plain words. Never throws for bad input.
 */
public final class YamlReader {

    private static final ThreadLocal<YAMLFactory> FACTORY = ThreadLocal.withInitial(YamlReader::newFactory);

    private final String file;
    private final int lineOffset;
    private final List<Diagnostic> diagnostics;

    private YamlReader(String file, int lineOffset, List<Diagnostic> diagnostics) {
        this.file = file;
        this.lineOffset = lineOffset;
        this.diagnostics = diagnostics;
    }

    private static YAMLFactory newFactory() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // we report duplicates ourselves, with both places
        options.setMaxAliasesForCollections(10);
        options.setNestingDepthLimit(YamlLimits.MAX_DEPTH * 4);
        options.setCodePointLimit(YamlLimits.MAX_FILE_BYTES + 16);
        return new TextScalarsYamlFactory(YAMLFactory.builder()
                .loaderOptions(options)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(YamlLimits.MAX_DEPTH * 4)
                        .maxStringLength(YamlLimits.MAX_FILE_BYTES + 16)
                        .build()));
    }

    /**
     * Parses {@code text} (which starts at line {@code lineOffset + 1} of {@code file}). Problems go to
     * {@code diagnostics}; the tree is empty when the text could not be read as one YAML document.
     */
    public static Optional<YamlNode> read(String file, String text, int lineOffset, List<Diagnostic> diagnostics) {
        Optional<YamlNode> everyday = YamlSubsetReader.read(file, text, lineOffset);
        return everyday.isPresent() ? everyday : readFully(file, text, lineOffset, diagnostics);
    }

    /** Like {@link #read}, always with the full parser (which {@link YamlSubsetReader} is checked against). */
    static Optional<YamlNode> readFully(String file, String text, int lineOffset, List<Diagnostic> diagnostics) {
        return new YamlReader(file, lineOffset, diagnostics).parse(text);
    }

    private Optional<YamlNode> parse(String text) {
        try (YAMLParser parser = (YAMLParser) FACTORY.get().createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) return Optional.empty();
            YamlNode root = node(parser, 1);
            if (root == null) return Optional.empty();
            JsonToken next = parser.nextToken();
            if (next != null) {
                diagnostics.add(Diagnostic.error(pos(parser.currentTokenLocation()),
                        "a second YAML document starts here; a file holds one",
                        "remove the '---' line above, or move this part into a file of its own"));
                return Optional.empty();
            }
            return Optional.of(root);
        } catch (IOException | RuntimeException e) {
            syntaxError(e, text);
            return Optional.empty();
        }
    }

    /** Reads the value at the current token; returns null after reporting a problem that stops the file. */
    private YamlNode node(YAMLParser p, int depth) throws IOException {
        SourcePos at = pos(p.currentTokenLocation());
        if (depth > YamlLimits.MAX_DEPTH) {
            diagnostics.add(Diagnostic.error(at, "the YAML is nested more than " + YamlLimits.MAX_DEPTH + " levels deep",
                    "Casebook files need only a few levels: a list of people or events, each with plain fields"));
            return null;
        }
        if (p.getObjectId() != null) {
            diagnostics.add(Diagnostic.error(at, "YAML anchors ('&" + p.getObjectId() + "') are not supported in Casebook files",
                    "write the value out in full where it is needed"));
            return null;
        }
        if (p.isCurrentAlias()) {
            diagnostics.add(Diagnostic.error(at, "YAML aliases ('*" + p.getText() + "') are not supported in Casebook files",
                    "write the value out in full where it is needed"));
            return null;
        }
        String tag = p.getTypeId();
        if (tag != null) {
            String shownTag = tag.startsWith("tag:yaml.org,2002:") ? "!!" + tag.substring("tag:yaml.org,2002:".length()) : tag;
            diagnostics.add(Diagnostic.error(at, "YAML tags ('" + Ids.abbreviate(shownTag) + "') are not supported in Casebook files",
                    "remove the tag; write the value plainly, in quotes if it needs them"));
            return null;
        }
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT: {
                LinkedHashMap<String, YamlNode.Entry> entries = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    SourcePos keyPos = pos(p.currentTokenLocation());
                    p.nextToken();
                    YamlNode value = node(p, depth + 1);
                    if (value == null) return null;
                    YamlNode.Entry earlier = entries.get(key);
                    if (earlier != null) {
                        diagnostics.add(Diagnostic.error(keyPos, "'" + key + "' is given twice in the same block (first at line "
                                        + earlier.keyPos().line() + ")",
                                "keep one '" + key + ":' line; Casebook never silently takes the last one"));
                    } else {
                        entries.put(key, new YamlNode.Entry(key, keyPos, value));
                    }
                }
                return new YamlNode.Mapping(at, entries);
            }
            case START_ARRAY: {
                List<YamlNode> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    YamlNode item = node(p, depth + 1);
                    if (item == null) return null;
                    items.add(item);
                }
                return new YamlNode.Sequence(at, items);
            }
            case VALUE_NULL:
                return new YamlNode.Scalar(at, "", true);
            default: {
                String text = p.getText();
                if (text == null) text = "";
                if (text.length() > YamlLimits.MAX_VALUE_CHARS) {
                    diagnostics.add(Diagnostic.error(at, "this value is " + text.length() + " characters long; the limit is "
                                    + YamlLimits.MAX_VALUE_CHARS,
                            "long text belongs in a story's Markdown body, not in a YAML field"));
                    return null;
                }
                return new YamlNode.Scalar(at, text, false);
            }
        }
    }

    private SourcePos pos(JsonLocation loc) {
        return new SourcePos(file, loc.getLineNr() + lineOffset, loc.getColumnNr());
    }

    private SourcePos pos(Mark mark) {
        return new SourcePos(file, mark.getLine() + 1 + lineOffset, mark.getColumn() + 1);
    }

    private void syntaxError(Throwable e, String text) {
        MarkedYAMLException marked = null;
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof MarkedYAMLException m) {
                marked = m;
                break;
            }
        }
        if (marked == null) {
            String what = e.getMessage() == null ? "" : e.getMessage();
            if (what.contains("exceeds the maximum")) {
                diagnostics.add(Diagnostic.error(SourcePos.of(file), "the file is too large or too deeply nested to read",
                        "files may be at most 2 MiB and " + YamlLimits.MAX_DEPTH + " levels deep"));
            } else {
                diagnostics.add(Diagnostic.error(SourcePos.of(file), "this file could not be read as YAML",
                        "check its indentation and quotes"));
            }
            return;
        }
        diagnostics.add(YamlErrorWording.translate(marked, this::pos, file, text));
    }
}
