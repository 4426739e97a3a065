using ClaimCheck.Extraction.Patterns;
using ClaimCheck.Rules.Files;

namespace ClaimCheck.Extraction.Channels;

/// <summary>
/// Finds channel phrases (told RIA Novosti, in a statement, on TV, took to Facebook) and gives each
/// to the statement whose cue is nearest in its sentence. A phrase with no statement in its sentence
/// belongs to the sentence's subject; outlet and social media channels then carry to that speaker's
/// later statements that name none.
/// </summary>
internal sealed class ChannelResolver
{
    private readonly List<ChannelRule> rules;
    private readonly Dictionary<string, string> outletTypes;
    private readonly PatternStarts starts;

    [ThreadStatic]
    private static List<int>[]? startBuffer;

    public ChannelResolver(ChannelsFile channels, OutletsFile outlets)
    {
        rules = channels.Channels.Select(c => new ChannelRule(
            new CompiledPattern(c.Id, TokenPattern.Parse(c.Pattern), StatementKind.Indirect, 0),
            ParseType(c.Type),
            c.Name)).ToList();
        starts = new PatternStarts(rules.Select(r => r.Pattern).ToList());
        outletTypes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var o in outlets.Outlets)
        {
            outletTypes.TryAdd(o.Name, o.Type);
        }
    }

    public void Resolve(DocumentContext ctx, List<Finding> findings, Func<int, string?> speakerOf)
    {
        var hits = FindHits(ctx);
        var sticky = new List<(string Speaker, int Token, Channel Channel)>();
        foreach (var (match, rule) in hits)
        {
            var channel = ToChannel(ctx, match, rule);
            int sentence = ctx.SentenceOf[match.Start];
            Finding? owner = null;
            int bestDistance = int.MaxValue;
            foreach (var f in findings)
            {
                if (f.Sentence != sentence && !(f.StartToken <= match.Start && match.End <= f.EndToken))
                {
                    continue;
                }

                if (f.Content.Any(c => c.Start <= ctx.Tokens[match.Start].Start && ctx.Tokens[match.End - 1].End <= c.End))
                {
                    continue; // the phrase is part of what was said
                }

                // A statement nested in another's content leaves the phrase to the outer one.
                if (findings.Any(o => o != f && o.CueStart >= 0 && f.CueStart >= 0 && o.Content.Any(c => c.Start <= ctx.Tokens[f.CueStart].Start && ctx.Tokens[f.CueStart].End <= c.End)
                    && o.Sentence == sentence))
                {
                    continue;
                }

                int anchor = f.CueStart >= 0 ? f.CueStart : f.StartToken;
                int distance = Math.Abs(anchor - match.Start);
                if (distance < bestDistance)
                {
                    bestDistance = distance;
                    owner = f;
                }
            }

            if (owner is not null)
            {
                owner.Channel ??= channel;
            }
            else if (channel.Type is ChannelType.Outlet or ChannelType.SocialMedia && SubjectOf(ctx, match.Start, speakerOf) is { } subject)
            {
                sticky.Add((subject, match.Start, channel));
            }
        }

        // Carry outlet and social media channels to the same speaker's later statements.
        foreach (var f in findings.OrderBy(f => f.StartToken))
        {
            if (f.Channel is not null || f.Speaker is null)
            {
                continue;
            }

            Channel? carried = null;
            int at = -1;
            foreach (var s in sticky)
            {
                if (s.Token < f.StartToken && s.Token > at && Same(s.Speaker, f.Speaker.Name))
                {
                    carried = s.Channel;
                    at = s.Token;
                }
            }

            foreach (var o in findings)
            {
                if (o.StartToken < f.StartToken && o.StartToken > at && o.Channel is { Type: ChannelType.Outlet or ChannelType.SocialMedia } oc
                    && o.Speaker is not null && Same(o.Speaker.Name, f.Speaker.Name))
                {
                    carried = oc;
                    at = o.StartToken;
                }
            }

            f.Channel = carried;
        }
    }

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private List<(PatternMatch Match, ChannelRule Rule)> FindHits(DocumentContext ctx)
    {
        var all = new List<(PatternMatch Match, ChannelRule Rule)>();
        var matches = new List<PatternMatch>();
        var startLists = PatternStarts.Lists(ref startBuffer, rules.Count);

        starts.Collect(ctx, startLists);
        for (int r = 0; r < rules.Count; r++)
        {
            var rule = rules[r];
            matches.Clear();
            PatternMatcher.MatchAll(ctx, rule.Pattern, startLists[r], matches);
            foreach (var m in matches)
            {
                if (ctx.InQuote[m.Start] < 0)
                {
                    all.Add((m, rule));
                }
            }
        }

        // Overlapping phrases: keep the longest, then the earliest.
        var kept = new List<(PatternMatch Match, ChannelRule Rule)>();
        foreach (var hit in all.OrderByDescending(h => h.Match.End - h.Match.Start).ThenBy(h => h.Match.Start).ThenBy(h => h.Rule.Pattern.Id, StringComparer.Ordinal))
        {
            if (!kept.Any(k => k.Match.Start < hit.Match.End && hit.Match.Start < k.Match.End))
            {
                kept.Add(hit);
            }
        }

        kept.Sort((a, b) => a.Match.Start.CompareTo(b.Match.Start));
        return kept;
    }

    private Channel ToChannel(DocumentContext ctx, PatternMatch match, ChannelRule rule)
    {
        if (match.Outlet >= 0)
        {
            var outlet = ctx.Mentions[match.Outlet];
            string name = outlet.Name ?? ctx.Segmented.Source.ToString(outlet.Head);
            var type = outletTypes.TryGetValue(name, out var t) && t == "social_media" ? ChannelType.SocialMedia : rule.Type;
            return new Channel(name, type, rule.Pattern.Id);
        }

        return new Channel(rule.Name, rule.Type, rule.Pattern.Id);
    }

    /// <summary>The speaker name of the sentence's first mention, for phrases like "The top official took to Facebook".</summary>
    private static string? SubjectOf(DocumentContext ctx, int token, Func<int, string?> speakerOf)
    {
        for (int t = ctx.SentenceStartToken(token); t < token; t++)
        {
            int m = ctx.MentionAt[t];
            if (m >= 0 && ctx.InQuote[t] < 0 && !ctx.FollowsBlocker(t) && ctx.Mentions[m].Type != EntityType.Outlet)
            {
                return speakerOf(m);
            }
        }

        return null;
    }

    private static ChannelType ParseType(string type) => type switch
    {
        "outlet" => ChannelType.Outlet,
        "social_media" => ChannelType.SocialMedia,
        "statement" => ChannelType.Statement,
        "interview" => ChannelType.Interview,
        "broadcast" => ChannelType.Broadcast,
        _ => ChannelType.Other,
    };
}
