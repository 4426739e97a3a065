using ClaimCheck.Rules;

namespace ClaimCheck.Tests.Rules;

public sealed class RuleLocatorTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "claimcheck-locator-" + Guid.NewGuid().ToString("N"));

    public RuleLocatorTests() => Directory.CreateDirectory(root);

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void Rules_next_to_the_executable_win()
    {
        var exe = Dir("app");
        var rules = Dir("app", "rules");
        Touch("repo", "rules", "cues.yaml");

        Assert.Equal(rules, RuleLocator.FindDefault(exe, Dir("repo", "src")));
    }

    [Fact]
    public void Walks_up_to_the_nearest_rules_folder_holding_cues_yaml()
    {
        Dir("repo", "src", "rules");
        Touch("repo", "rules", "cues.yaml");

        Assert.Equal(Path.Combine(root, "repo", "rules"), RuleLocator.FindDefault(Dir("app"), Dir("repo", "src", "deep")));
    }

    private string Dir(params string[] parts)
    {
        var path = Path.Combine([root, .. parts]);
        Directory.CreateDirectory(path);
        return path;
    }

    private void Touch(params string[] parts)
    {
        Dir(parts[..^1]);
        File.WriteAllText(Path.Combine([root, .. parts]), "");
    }
}
