package dev.casebook.serve;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which Host and Origin headers the preview accepts, on loopback and when --bind made it public. */
class LoopbackNamesTest {

    @Test
    void onLoopbackOnlyTheLoopbackNamesWithThisPortAreAccepted() {
        LoopbackNames names = new LoopbackNames(8080, false);
        assertTrue(names.hostAllowed(Optional.of("localhost:8080")));
        assertTrue(names.hostAllowed(Optional.of("[::1]:8080")));
        assertFalse(names.hostAllowed(Optional.of("[::1]")));
        assertFalse(names.hostAllowed(Optional.of("attacker.example:8080")));
        assertFalse(names.hostAllowed(Optional.empty()));
        assertTrue(new LoopbackNames(80, false).hostAllowed(Optional.of("localhost")));
        assertTrue(names.originAllowed(Optional.of("http://127.0.0.1:8080"), Optional.of("localhost:8080")));
        assertFalse(names.originAllowed(Optional.of("https://localhost:8080"), Optional.of("localhost:8080")));
        assertFalse(names.originAllowed(Optional.of("null"), Optional.of("localhost:8080")));
        assertEquals("http://localhost:8080/", names.url());
    }

    @Test
    void whenPublicAnyHostIsAnsweredButTheOriginMustMatchIt() {
        LoopbackNames names = new LoopbackNames(8080, true);
        assertTrue(names.hostAllowed(Optional.of("192.168.1.5:8080")));
        assertTrue(names.originAllowed(Optional.of("http://192.168.1.5:8080"), Optional.of("192.168.1.5:8080")));
        assertFalse(names.originAllowed(Optional.of("http://attacker.example"), Optional.of("192.168.1.5:8080")));
        assertTrue(names.originAllowed(Optional.empty(), Optional.of("192.168.1.5:8080")));
    }
}
