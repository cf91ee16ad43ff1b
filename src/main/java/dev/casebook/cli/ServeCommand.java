package dev.casebook.cli;

import dev.casebook.pipeline.BuildRequest;
import dev.casebook.serve.PreviewServer;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code casebook serve}: a live-reloading preview of the site, until Ctrl-C. */
final class ServeCommand implements Callable<Integer> {

    final CommandSpec spec = CommandSpecs.command(this, "serve",
            "Serve a live preview: the site built into memory, rebuilt whenever content/ or templates/ change.\n"
                    + "Open pages reload by themselves. Nothing is written to disk; 'build' makes the published site.",
            "Examples:", "  casebook serve", "  casebook serve --port 9000 --drafts",
            "  casebook serve --bind 0.0.0.0   let other machines see it too");

    ServeCommand() {
        ContentOptions.addTo(spec);
        spec.addOption(CommandSpecs.valued("--port", "N", int.class, "8080", "port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one)"));
        spec.addOption(CommandSpecs.valued("--bind", "ADDRESS", String.class, "127.0.0.1",
                "address to listen on (default: ${DEFAULT-VALUE}, this machine only)"));
    }

    @Override
    public Integer call() {
        ContentOptions options = ContentOptions.of(spec);
        int port = CommandSpecs.value(spec, "--port");
        String bind = CommandSpecs.value(spec, "--bind");
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) throw new CommandLine.ParameterException(spec.commandLine(), "--port must be between 0 and 65535");
        InetAddress address;
        try {
            address = InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--bind " + bind + " is not an address of this machine");
        }
        PreviewServer server;
        try {
            server = PreviewServer.start(new PreviewServer.Config(
                    new BuildRequest(options.content(), options.templates(), Path.of("site"), options.drafts()), address, port, out));
        } catch (BindException e) {
            boolean busy = e.getMessage() != null && e.getMessage().contains("in use");
            err.println(busy ? "casebook: port " + port + " is busy; use --port"
                    : "casebook: cannot listen on " + bind + ": it is not an address of this machine; use --bind with one of its addresses");
            err.flush();
            return 2;
        } catch (IOException e) {
            err.println("casebook: cannot serve on " + bind + ":" + port + ": " + e.getMessage());
            err.flush();
            return 2;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            out.println("stopped");
            out.flush();
            stopped.countDown();
        }, "casebook-stop"));
        out.println("serving " + options.content() + " at " + server.url() + (address.isLoopbackAddress() ? "" : " (visible to other machines)"));
        out.println("watching " + options.content() + " and " + options.templates() + "; press Ctrl-C to stop");
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
