package vn.ntp.warehouse.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The {@code ./ntp} command line. Batch commands start the Spring context; query, status and
 * validate do not need it and answer at once.
 */
public final class Ntp {
    private Ntp() {
    }

    public static void main(String[] args) {
        System.setOut(new PrintStream(System.out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(System.err, true, StandardCharsets.UTF_8));
        PeakHeap.installIfAsked();
        System.exit(run(args));
    }

    public static int run(String[] args) {
        Arguments arguments;
        try {
            arguments = Arguments.parse(args);
        } catch (Arguments.UsageException e) {
            System.err.println(e.getMessage());
            System.err.print(Help.usage());
            return 2;
        }
        if (arguments.flag("--help") || arguments.command().equals("help")) {
            System.out.print(arguments.command().equals("help") && !arguments.positional().isEmpty()
                    ? Help.of(arguments.positional().get(0)) : Help.of(arguments.command()));
            return 0;
        }
        CommandLogging.configure(arguments);
        try {
            return switch (arguments.command()) {
                case "run" -> BatchCommands.run(arguments, false);
                case "demo" -> BatchCommands.run(arguments, true);
                case "schedule" -> BatchCommands.schedule(arguments);
                case "query" -> QueryCommand.run(arguments);
                case "status" -> StatusCommand.run(arguments);
                case "validate" -> ValidateCommand.run(arguments);
                case "export" -> ExportCommand.run(arguments);
                case "serve" -> ServeCommand.run(arguments);
                case "user" -> UserCommand.run(arguments);
                case "annex" -> AnnexCommands.annex(arguments);
                case "explain" -> AnnexCommands.explain(arguments);
                case "docs" -> DocsCommand.run(arguments);
                default -> {
                    System.err.println("Lệnh không hợp lệ: " + arguments.command());
                    System.err.print(Help.usage());
                    yield 2;
                }
            };
        } catch (Arguments.UsageException e) {
            System.err.println(e.getMessage());
            System.err.println("Xem: ./ntp " + arguments.command() + " --help");
            return 2;
        } catch (Trouble t) {
            return Trouble.report(t, arguments);
        } catch (RuntimeException e) {
            return Trouble.report(Trouble.of("Lệnh " + arguments.command() + " thất bại", e, arguments.home()), arguments);
        }
    }
}
