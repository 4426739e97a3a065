using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace ClaimCheck.Rules;

/// <summary>
/// Compiles regular expressions written in rule files. Always uses the non-backtracking engine so a
/// rule cannot make matching slow on any input; constructs that engine cannot run (backreferences,
/// lookarounds, atomic groups...) are rejected rather than silently run by the backtracking engine.
/// Callers report a failure as <see cref="RuleIds.InvalidRegex"/> with the returned message.
/// </summary>
public static class RuleRegex
{
    public const RegexOptions Options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;

    public static bool TryCreate(string pattern, [NotNullWhen(true)] out Regex? regex, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        try
        {
            regex = new Regex(pattern, Options);
            error = null;
            return true;
        }
        catch (ArgumentException e)
        {
            // RegexParseException: the pattern is not a valid regular expression at all.
            regex = null;
            error = e.Message;
            return false;
        }
        catch (NotSupportedException e)
        {
            // Valid .NET syntax the non-backtracking engine cannot run; its message names the construct.
            regex = null;
            error = e.Message;
            return false;
        }
    }
}
