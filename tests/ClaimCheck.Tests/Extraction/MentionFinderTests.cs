using System.Text;
using System.Text.RegularExpressions;
using ClaimCheck.Extraction;
using ClaimCheck.Extraction.Mentions;
using ClaimCheck.Rules;
using ClaimCheck.Rules.Files;
using ClaimCheck.Tests.Specs;
using ClaimCheck.Text;
using ClaimCheck.Text.Segmentation;

namespace ClaimCheck.Tests.Extraction;

public partial class MentionFinderTests
{
    private static readonly Segmenter Segmenter = new(TestRules.Abbreviations);

    private static readonly MentionsFile Rules = TestRules.ReadYaml<MentionsFile>("mentions.yaml");

    /// <summary>Outlets are another stage's rules: the tests build their own.</summary>
    private static readonly OutletsFile Outlets = new()
    {
        Outlets =
        [
            new OutletEntry { Id = "ria", Name = "RIA Novosti", Aliases = ["RIA"], Type = "agency" },
            new OutletEntry { Id = "ng", Name = "Nezavisimaya Gazeta", Aliases = ["NG"] },
            new OutletEntry { Id = "facebook", Name = "Facebook", Type = "social_media" },
        ],
    };

    private static readonly MentionFinder Finder = new(Rules, Outlets);

    public static TheoryData<SpecExample> Examples => SpecFile.Theory("mentions.md");

    [Theory]
    [MemberData(nameof(Examples))]
    public void Finds_mentions_as_the_spec_says(SpecExample example)
    {
        var (seg, exclude) = Prepare(example.Input);
        var actual = Finder.Find(seg, exclude).Select(m => Format(m, seg.Source));
        var expected = example.Expected["mentions"].Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void The_rules_file_validates_without_diagnostics()
    {
        var diagnostics = new List<RuleDiagnostic>();
        Rules.Validate(new RuleValidationContext("mentions.yaml", diagnostics, _ => (0, 0)));
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Validation_reports_bad_pronoun_values()
    {
        var file = new MentionsFile { Titles = ["president"], Pronouns = [new PronounEntry { Form = "he", Gender = "manly" }] };
        var diagnostics = new List<RuleDiagnostic>();
        file.Validate(new RuleValidationContext("mentions.yaml", diagnostics, _ => (1, 1)));
        Assert.Contains(diagnostics, d => d.Id == RuleIds.InvalidValue);
    }

    [Fact]
    public void Output_is_sorted_and_no_mention_starts_in_an_excluded_span()
    {
        foreach (var file in Directory.GetFiles(TestRules.SeedsDir, "*.txt"))
        {
            var (seg, exclude) = Prepare(File.ReadAllText(file));
            var mentions = Finder.Find(seg, exclude);
            for (int i = 1; i < mentions.Count; i++)
            {
                var (a, b) = (mentions[i - 1], mentions[i]);
                Assert.True(a.FirstToken < b.FirstToken || (a.FirstToken == b.FirstToken && a.EndToken >= b.EndToken), $"{a} before {b}");
            }

            Assert.All(mentions, m =>
            {
                Assert.DoesNotContain(exclude, x => x.Contains(m.Span.Start));
                Assert.True(m.Span.Contains(m.Head), m.ToString());
                Assert.Equal(seg.Tokens[m.FirstToken].Start, m.Span.Start);
                Assert.Equal(seg.Tokens[m.EndToken - 1].End, m.Span.End);
            });
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    [InlineData("\"\"\"\"''''")]
    [InlineData("....!!!???,,,,")]
    [InlineData("the the the of of of , , who who which that")]
    [InlineData("Mr. Mr. Sen. (R- ( ( ) ) 's 's ' ’ The")]
    [InlineData("A source familiar with")]
    [InlineData("Vasily Nebenzya, Moscow's permanent representative at")]
    [InlineData("the press secretary of the of the of the of the of the of the President")]
    [InlineData("al- von der de la Jr. III O'Brien-Smith's")]
    [InlineData("ALL CAPS HEADLINE WITH NATO AND UN AND EU")]
    [InlineData("Some of, many of. one of")]
    public void Never_throws_on_odd_text(string text)
    {
        var seg = Segmenter.Segment(new SourceText("t", text));
        var mentions = Finder.Find(seg, [new TextSpan(0, text.Length / 2)]);
        Assert.All(mentions, m => Assert.True(m.Span.Start >= 0 && m.Span.End <= text.Length && m.Span.Start < m.Span.End));
    }

    [Fact]
    public void Is_linear_enough_on_a_long_document()
    {
        var sb = new StringBuilder();
        for (int i = 0; i < 2000; i++)
        {
            sb.Append("Aleksey Danilov, head of Ukraine's National Security and Defense Council, has said that the security chief and many experts disagree. ");
        }

        var (seg, exclude) = Prepare(sb.ToString());
        var mentions = Finder.Find(seg, exclude);
        Assert.True(mentions.Count >= 8000);
    }

    [Theory]
    [InlineData("spokesman", "spokesmen")]
    [InlineData("press secretary", "press secretaries")]
    [InlineData("attorney", "attorneys")]
    [InlineData("witness", "witnesses")]
    [InlineData("chief", "chiefs")]
    public void Derives_title_plurals(string singular, string plural) => Assert.Equal(plural, MentionLexicon.Pluralize(singular));

    /// <summary>Segments the text and excludes the inner text of double quotes, as quotations are excluded upstream.</summary>
    internal static (SegmentedText Seg, List<TextSpan> Exclude) Prepare(string text)
    {
        var seg = Segmenter.Segment(new SourceText("spec", text));
        var exclude = QuotePattern().Matches(text).Select(m => new TextSpan(m.Index + 1, m.Index + m.Length - 1)).ToList();
        return (seg, exclude);
    }

    /// <summary>One line of a <c>mentions</c> block: Type Kind [name=] [role=] span= [head=] [gender=] [plural].</summary>
    internal static string Format(Mention m, SourceText source)
    {
        var sb = new StringBuilder();
        sb.Append(m.Type).Append(' ').Append(m.Kind);
        if (m.Name is not null)
        {
            sb.Append(" name=\"").Append(m.Name).Append('"');
        }

        if (m.Role is not null)
        {
            sb.Append(" role=\"").Append(m.Role).Append('"');
        }

        sb.Append(" span=\"").Append(source.ToString(m.Span)).Append('"');
        if (m.Head != m.Span)
        {
            sb.Append(" head=\"").Append(source.ToString(m.Head)).Append('"');
        }

        if (m.Gender != Gender.Unknown)
        {
            sb.Append(" gender=").Append(m.Gender.ToString().ToLowerInvariant());
        }

        if (m.Plural)
        {
            sb.Append(" plural");
        }

        return sb.ToString();
    }

    [GeneratedRegex("[\"“][^\"“”]*[\"”]")]
    private static partial Regex QuotePattern();
}
