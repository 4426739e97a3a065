using ClaimCheck.Extraction.Patterns;
using ClaimCheck.Rules.Files;
using ClaimCheck.Text;

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

    public ChannelResolver(ChannelsFile channels, OutletsFile outlets, PatternVocabulary? vocabulary = null)
    {
        rules = channels.Channels.Select(c => new ChannelRule(
            new CompiledPattern(c.Id, TokenPattern.Parse(c.Pattern), StatementKind.Indirect, 0),
            ParseType(c.Type),
            c.Name)).ToList();
        starts = new PatternStarts(rules.Select(r => r.Pattern).ToList(), vocabulary);
        outletTypes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var o in outlets.Outlets)
        {
            outletTypes.TryAdd(o.Name, o.Type);
        }
    }

    public void Resolve(DocumentContext ctx, List<Finding> findings, Func<int, string?> speakerOf, WorkCounters? work = null)
    {
        var hits = FindHits(ctx, work);
        var sticky = new List<(string Speaker, int Token, Channel Channel)>();

        // Each hit weighs only the findings of its sentence and those spanning it (in findings order,
        // which breaks distance ties as a scan over all findings would), so hits x findings stays
        // local. Whether a finding is nested in another's content depends only on the finding and
        // the sentence, so it is worked out once.
        // Both indexes are sorted (sentence, finding index) keys in per-thread lists: a sentence's
        // findings are one run of keys, in findings order, with no list or dictionary per sentence.
        var bySentence = Cleared(ref spanningKeys);
        var ownSentence = Cleared(ref ownKeys);
        for (int i = 0; i < findings.Count; i++)
        {
            var f = findings[i];
            ownSentence.Add(Key(f.Sentence, i));
            int first = f.StartToken < ctx.Tokens.Length ? ctx.SentenceOf[Math.Max(0, f.StartToken)] : f.Sentence;
            int last = f.EndToken > 0 && f.EndToken <= ctx.Tokens.Length ? ctx.SentenceOf[f.EndToken - 1] : f.Sentence;
            int lo = Math.Min(Math.Min(first, last), f.Sentence), hi = Math.Max(Math.Max(first, last), f.Sentence);
            for (int s = lo; s <= hi; s++)
            {
                bySentence.Add(Key(s, i));
            }
        }

        bySentence.Sort();
        ownSentence.Sort();

        var nested = new Dictionary<(Finding, int), bool>();
        foreach (var (match, rule) in hits)
        {
            var channel = ToChannel(ctx, match, rule);
            int sentence = ctx.SentenceOf[match.Start];
            Finding? owner = null;
            int bestDistance = int.MaxValue;
            int weighedFrom = FirstOf(bySentence, sentence), weighedEnd = FirstOf(bySentence, sentence + 1);
            if (work is not null)
            {
                work.ChannelSteps += weighedEnd - weighedFrom;
            }

            for (int k = weighedFrom; k < weighedEnd; k++)
            {
                var f = findings[(int)(uint)bySentence[k]];
                if (f.Sentence != sentence && !(f.StartToken <= match.Start && match.End <= f.EndToken))
                {
                    continue;
                }

                if (Covers(f.Content, ctx.Tokens[match.Start].Start, ctx.Tokens[match.End - 1].End))
                {
                    continue; // the phrase is part of what was said
                }

                // A statement nested in another's content leaves the phrase to the outer one.
                if (!nested.TryGetValue((f, sentence), out bool inner))
                {
                    inner = false;
                    for (int j = FirstOf(ownSentence, sentence); f.CueStart >= 0 && !inner && j < ownSentence.Count && (int)(ownSentence[j] >> 32) == sentence; j++)
                    {
                        var o = findings[(int)(uint)ownSentence[j]];
                        inner = o != f && o.CueStart >= 0 && Covers(o.Content, ctx.Tokens[f.CueStart].Start, ctx.Tokens[f.CueStart].End);
                    }

                    nested[(f, sentence)] = inner;
                }

                if (inner)
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

        Carry(findings, sticky);
    }

    [ThreadStatic]
    private static List<long>? spanningKeys;

    [ThreadStatic]
    private static List<long>? ownKeys;

    private static List<long> Cleared(ref List<long>? keys)
    {
        keys ??= [];
        keys.Clear();
        return keys;
    }

    /// <summary>Sorts by sentence, then by finding index (sentences may be negative: the high half is signed).</summary>
    private static long Key(int sentence, int finding) => ((long)sentence << 32) | (uint)finding;

    /// <summary>The first position in sorted <paramref name="keys"/> whose sentence is at least <paramref name="sentence"/>.</summary>
    private static int FirstOf(List<long> keys, int sentence)
    {
        long key = Key(sentence, 0);
        int lo = 0, hi = keys.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (keys[mid] < key)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>True when one of the content spans holds [start, end).</summary>
    private static bool Covers(List<TextSpan> content, int start, int end)
    {
        foreach (var c in content)
        {
            if (c.Start <= start && end <= c.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Carries outlet and social media channels to the same speaker's later statements: a statement
    /// with none takes the channel of the speaker's latest earlier one (or of a channel phrase about
    /// the speaker). One pass in token order, keeping each speaker's latest channel; at equal tokens a
    /// phrase comes before a statement, and the first of equals wins.
    /// </summary>
    private static void Carry(List<Finding> findings, List<(string Speaker, int Token, Channel Channel)> sticky)
    {
        var phrases = sticky.Select((s, i) => (s, i)).OrderBy(x => x.s.Token).ThenBy(x => x.i).Select(x => x.s).ToList();
        var latest = new Dictionary<string, (int Token, Channel Channel)>(StringComparer.OrdinalIgnoreCase);
        var group = new List<Finding>();
        int groupToken = int.MinValue, next = 0;

        void Put(string speaker, int token, Channel channel)
        {
            if (!latest.TryGetValue(speaker, out var current) || token > current.Token)
            {
                latest[speaker] = (token, channel);
            }
        }

        foreach (var f in findings.OrderBy(f => f.StartToken))
        {
            if (f.StartToken > groupToken)
            {
                for (; next < phrases.Count && phrases[next].Token <= groupToken; next++)
                {
                    Put(phrases[next].Speaker, phrases[next].Token, phrases[next].Channel);
                }

                foreach (var o in group)
                {
                    if (o.Channel is { Type: ChannelType.Outlet or ChannelType.SocialMedia } oc && o.Speaker is not null)
                    {
                        Put(o.Speaker.Name, o.StartToken, oc);
                    }
                }

                group.Clear();
                for (; next < phrases.Count && phrases[next].Token < f.StartToken; next++)
                {
                    Put(phrases[next].Speaker, phrases[next].Token, phrases[next].Channel);
                }

                groupToken = f.StartToken;
            }

            group.Add(f);
            if (f.Channel is not null || f.Speaker is null)
            {
                continue;
            }

            f.Channel = latest.TryGetValue(f.Speaker.Name, out var carried) ? carried.Channel : null;
        }
    }

    private List<(PatternMatch Match, ChannelRule Rule)> FindHits(DocumentContext ctx, WorkCounters? work)
    {
        var all = new List<(PatternMatch Match, ChannelRule Rule)>();
        var matches = new List<PatternMatch>();
        var startLists = PatternStarts.Lists(ref startBuffer, rules.Count);

        starts.Collect(ctx, startLists);
        for (int r = 0; r < rules.Count; r++)
        {
            var rule = rules[r];
            matches.Clear();
            PatternMatcher.MatchAll(ctx, rule.Pattern, startLists[r], matches, starts.Vocabulary);
            foreach (var m in matches)
            {
                if (ctx.InQuote[m.Start] < 0)
                {
                    all.Add((m, rule));
                }
            }
        }

        // Overlapping phrases: keep the longest, then the earliest. Kept phrases never overlap, so
        // each token has at most one owner and a phrase is checked against its own tokens only.
        var kept = new List<(PatternMatch Match, ChannelRule Rule)>();
        var owner = TokenScratch.Ints(TokenScratch.ChannelOwner, ctx.Tokens.Length + 1);
        Array.Fill(owner, -1, 0, ctx.Tokens.Length + 1);
        var emptyKept = new List<int>(); // empty phrases (none in the shipped rules) own no token
        foreach (var hit in all.OrderByDescending(h => h.Match.End - h.Match.Start).ThenBy(h => h.Match.Start).ThenBy(h => h.Rule.Pattern.Id, StringComparer.Ordinal))
        {
            int start = hit.Match.Start, end = hit.Match.End;
            if (work is not null)
            {
                work.ChannelSteps += Math.Max(1, end - start);
            }

            bool overlaps;
            if (start < end)
            {
                overlaps = emptyKept.Exists(x => start < x && x < end);
                for (int t = start; t < end && !overlaps; t++)
                {
                    overlaps = owner[t] >= 0;
                }
            }
            else
            {
                overlaps = start > 0 && owner[start - 1] >= 0 && owner[start - 1] == owner[start];
            }

            if (overlaps)
            {
                continue;
            }

            kept.Add(hit);
            if (start == end)
            {
                emptyKept.Add(start);
            }

            for (int t = start; t < end; t++)
            {
                owner[t] = kept.Count - 1;
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
