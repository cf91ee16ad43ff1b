package dev.casebook.serve;

import dev.casebook.cli.CasebookCommand;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `casebook serve` refuses wrong options plainly, with the usage exit code. */
class ServeCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return CasebookCommand.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
    }

    @Test
    void aPortOutOfRangeIsAUsageError() {
        assertEquals(2, run("serve", "--port", "70000"));
        assertTrue(err.toString().startsWith("casebook: --port must be between 0 and 65535"), err.toString());
        assertFalse(err.toString().contains("Exception"));
    }

    @Test
    void anAddressThatIsNotThisMachinesIsAUsageError() {
        assertEquals(2, run("serve", "--port", "0", "--bind", "192.0.2.1"));
        assertEquals("casebook: cannot listen on 192.0.2.1: it is not an address of this machine; use --bind with one of its addresses"
                + System.lineSeparator(), err.toString());
        assertFalse(err.toString().contains("Exception"));
    }

    @Test
    void helpNamesTheOptions() {
        assertEquals(0, run("serve", "--help"));
        for (String option : new String[]{"--port", "--bind", "--drafts", "--content", "--templates"}) {
            assertTrue(out.toString().contains(option), option);
        }
    }
}
