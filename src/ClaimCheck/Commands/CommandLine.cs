namespace ClaimCheck.Commands;

/// <summary>
/// A parsed command line: the command, its positional arguments and its options. Options take a
/// value unless they are declared as flags; unknown options are a usage error.
/// </summary>
public sealed class CommandLine
{
    private readonly Dictionary<string, List<string>> options = new(StringComparer.Ordinal);
    private readonly HashSet<string> flags = new(StringComparer.Ordinal);

    private CommandLine(string command) => Command = command;

    public string Command { get; }

    public List<string> Arguments { get; } = [];

    public static bool TryParse(IReadOnlyList<string> args, IReadOnlySet<string> valueOptions, IReadOnlySet<string> flagOptions, out CommandLine? line, out string? error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(valueOptions);
        ArgumentNullException.ThrowIfNull(flagOptions);
        line = null;
        if (args.Count == 0)
        {
            error = "no command given";
            return false;
        }

        var result = new CommandLine(args[0]);
        for (int i = 1; i < args.Count; i++)
        {
            string arg = args[i];
            if (arg == "--")
            {
                result.Arguments.AddRange(args.Skip(i + 1));
                break;
            }

            if (arg.StartsWith("--", StringComparison.Ordinal) || (arg.StartsWith('-') && arg.Length == 2))
            {
                string name = arg;
                string? value = null;
                int eq = arg.IndexOf('=', StringComparison.Ordinal);
                if (eq > 0)
                {
                    name = arg[..eq];
                    value = arg[(eq + 1)..];
                }

                if (flagOptions.Contains(name))
                {
                    result.flags.Add(name);
                    continue;
                }

                if (!valueOptions.Contains(name))
                {
                    error = $"unknown option '{name}'";
                    return false;
                }

                if (value is null)
                {
                    if (i + 1 >= args.Count)
                    {
                        error = $"option '{name}' needs a value";
                        return false;
                    }

                    value = args[++i];
                }

                if (!result.options.TryGetValue(name, out var list))
                {
                    result.options[name] = list = [];
                }

                list.Add(value);
                continue;
            }

            result.Arguments.Add(arg);
        }

        line = result;
        error = null;
        return true;
    }

    public string? Option(string name) => options.TryGetValue(name, out var v) ? v[^1] : null;

    public IReadOnlyList<string> Options(string name) => options.TryGetValue(name, out var v) ? v : [];

    public bool Flag(string name) => flags.Contains(name);
}
