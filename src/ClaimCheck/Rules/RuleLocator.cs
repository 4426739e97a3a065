namespace ClaimCheck.Rules;

/// <summary>Finds the default rules folder when the user does not name one.</summary>
public static class RuleLocator
{
    public const string FolderName = "rules";

    /// <summary>The file that marks a <c>rules/</c> folder found by walking up as ours, not some other project's.</summary>
    public const string MarkerFile = "cues.yaml";

    /// <summary>
    /// <c>rules/</c> next to the executable (a deployed tool ships its rules there); else the nearest
    /// <c>rules/</c> holding <c>cues.yaml</c> in the current directory or above it (<c>dotnet run</c>, tests).
    /// Null when neither exists.
    /// </summary>
    public static string? FindDefault() => FindDefault(AppContext.BaseDirectory, Directory.GetCurrentDirectory());

    internal static string? FindDefault(string baseDirectory, string currentDirectory)
    {
        var beside = Path.Combine(baseDirectory, FolderName);
        if (Directory.Exists(beside))
        {
            return Path.GetFullPath(beside);
        }

        for (var dir = new DirectoryInfo(currentDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, FolderName);
            if (File.Exists(Path.Combine(candidate, MarkerFile)))
            {
                return candidate;
            }
        }

        return null;
    }
}
