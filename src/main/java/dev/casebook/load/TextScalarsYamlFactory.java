package dev.casebook.load;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.ScalarEvent;

import java.io.CharArrayReader;
import java.io.IOException;
import java.io.Reader;

/**
 * A {@link YAMLFactory} whose parsers do not work out whether a plain value is a number, a boolean or a date.
 * Casebook reads every value as text and tells only an empty value ({@code ~}, {@code null}) from the rest, so the
 * YAML 1.1 type resolution (a regular expression tried on every plain value, a fifth of reading a log) is
 * skipped for every value that cannot be null; the others are decided by Jackson as before. {@code getText()}
 * gives the value as written either way.
 */
final class TextScalarsYamlFactory extends YAMLFactory {

    TextScalarsYamlFactory(YAMLFactoryBuilder builder) {
        super(builder);
    }

    @Override
    protected YAMLParser _createParser(char[] data, int offset, int len, IOContext ctxt, boolean recyclable) throws IOException {
        return _createParser(new CharArrayReader(data, offset, len), ctxt);
    }

    @Override
    protected YAMLParser _createParser(Reader r, IOContext ctxt) throws IOException {
        return new TextScalarsParser(ctxt, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec, r);
    }

    private static final class TextScalarsParser extends YAMLParser {

        TextScalarsParser(IOContext ctxt, int parserFeatures, int yamlFeatures, LoaderOptions options, ObjectCodec codec, Reader reader) {
            super(ctxt, parserFeatures, yamlFeatures, options, codec, reader);
        }

        @Override
        protected JsonToken _decodeScalar(ScalarEvent scalar) throws IOException {
            String value = scalar.getValue();
            if (scalar.getTag() != null || mayBeNull(value)) return super._decodeScalar(scalar);
            _textValue = value;
            _cleanedTextValue = null;
            return JsonToken.VALUE_STRING;
        }

        /** The values YAML 1.1 resolves to null (besides the empty one, which Jackson reads as text). */
        private static boolean mayBeNull(String value) {
            return switch (value) {
                case "", "~", "null", "Null", "NULL", " " -> true;
                default -> false;
            };
        }
    }
}
