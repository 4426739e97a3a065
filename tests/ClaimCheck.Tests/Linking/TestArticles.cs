using ClaimCheck.Extraction;
using ClaimCheck.Metadata;
using ClaimCheck.Rules;
using ClaimCheck.Text;

namespace ClaimCheck.Tests.Linking;

/// <summary>Hand-built analyses: an article whose statements are given as (speaker, content) with content found in the text.</summary>
internal static class TestArticles
{
    public static RuleSet RuleSet { get; } = RuleLoader.Load(TestRules.RulesDir).Rules!;

    public static ArticleAnalysis Article(string path, string text, string? outlet, params (string? Speaker, EntityType Type, string? Role, string Content, string Cue, string Stance, StatementKind Kind)[] statements)
    {
        var list = new List<Statement>();
        foreach (var s in statements)
        {
            int start = text.IndexOf(s.Content, StringComparison.Ordinal);
            Assert.True(start >= 0, $"'{s.Content}' is not in the text");
            int cueAt = text.IndexOf(s.Cue, StringComparison.Ordinal);
            var cue = cueAt >= 0 ? new Cue(new TextSpan(cueAt, cueAt + s.Cue.Length), s.Cue, s.Stance, "cue." + s.Cue) : null;
            var speaker = s.Speaker is null ? null : new Speaker(s.Speaker, s.Type, s.Role, SpeakerVia.Name);
            list.Add(new Statement(s.Kind, [new TextSpan(start, start + s.Content.Length)], cue, null, speaker, null, "test"));
        }

        return new ArticleAnalysis(new SourceText(path, text), ArticleMetadata.Empty with { Outlet = outlet }, list);
    }

    public static (string?, EntityType, string?, string, string, string, StatementKind) Said(string? speaker, string content, string? role = null, EntityType type = EntityType.Person) =>
        (speaker, type, role, content, "said", "neutral", StatementKind.Indirect);
}
