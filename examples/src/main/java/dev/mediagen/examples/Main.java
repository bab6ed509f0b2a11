package dev.mediagen.examples;

import dev.mediagen.examples.campaign.CampaignCommand;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Entry point of {@code mediagen-examples.jar}: dispatches to the campaign and the per-vendor commands. */
public final class Main {
    private Main() {
    }

    /** The commands, in the order the help lists them. */
    static Map<String, Command> commands() {
        List<Command> list = new ArrayList<>();
        // The registry: one line per command, in the order the help lists them.
        list.add(new CampaignCommand());
        list.add(new VapExample());
        list.add(new RynjerExample());
        list.add(new AgentMediaExample());
        list.add(new VideoGenExample());
        list.add(new ApexExample());
        Map<String, Command> commands = new LinkedHashMap<>();
        list.forEach(command -> commands.put(command.name(), command));
        return commands;
    }

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        int code = run(Arrays.asList(args), System.out, System.err);
        System.exit(code);
    }

    /** Runs the command line and returns the exit code (for tests). */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        Map<String, Command> commands = commands();
        if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("-h") || args.get(0).equals("help")) {
            out.println(overview(commands));
            return args.isEmpty() ? Command.USAGE : Command.OK;
        }
        Command command = commands.get(args.get(0));
        if (command == null) {
            err.println("unknown command: " + args.get(0));
            err.println(overview(commands));
            return Command.USAGE;
        }
        List<String> rest = args.subList(1, args.size());
        if (rest.contains("--help") || rest.contains("-h")) {
            out.println(command.usage());
            return Command.OK;
        }
        try {
            return command.run(rest, out, err);
        } catch (Args.UsageException e) {
            err.println("error: " + e.getMessage());
            err.println(command.usage());
            return Command.USAGE;
        } catch (Exception e) {
            err.println("error: " + e.getMessage());
            return Command.JOB_FAILURES;
        }
    }

    private static String overview(Map<String, Command> commands) {
        StringBuilder sb = new StringBuilder("usage: java -jar mediagen-examples.jar <command> [options]\n\ncommands:\n");
        commands.values().forEach(c -> sb.append(String.format("  %-12s %s%n", c.name(), c.summary())));
        sb.append("\nRun a command with --help for its options. Every command runs on the embedded simulators\n")
          .append("unless the vendor's API key variable is set (see the command's help).");
        return sb.toString();
    }
}
