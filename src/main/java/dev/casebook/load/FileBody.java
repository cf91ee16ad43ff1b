package dev.casebook.load;

import dev.casebook.model.StoryBody;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A story body left in its file: the characters from {@code start} to the end of the file's text (decoded and with
 * LF line ends, as loading made it), checked against the length and hash they had when the story was loaded.
 */
record FileBody(Path path, String shown, int start, int length, int hash) implements StoryBody {

    static FileBody of(Path path, String shown, String text, String body) {
        return new FileBody(path, shown, text.length() - body.length(), body.length(), body.hashCode());
    }

    @Override
    public String text() {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw changed("can no longer be read");
        }
        String text = SourceText.decodeAgain(bytes).orElseThrow(() -> changed("changed"));
        if (text.length() != start + length) throw changed("changed");
        String body = text.substring(start);
        if (body.hashCode() != hash) throw changed("changed");
        return body;
    }

    private StoryBody.Unavailable changed(String how) {
        return new StoryBody.Unavailable(shown + " " + how + " while the site was being built", "build again once the file is saved");
    }
}
