using ClaimCheck.Linking;
using ClaimCheck.Rules.Files;
using ClaimCheck.Text;

namespace ClaimCheck.Extraction.Coreference;

/// <summary>
/// Resolves each finding's source mention to a speaker: names to the article's entity (surname-only
/// and differently transliterated forms join the full name), pronouns and descriptions to the most
/// salient compatible antecedent, quote continuations to the speaker they continue.
/// </summary>
internal sealed class SpeakerResolver
{
    /// <summary>
    /// At most this many mentions before a pronoun or description are weighed as its antecedent (the
    /// nearest ones). Real paragraphs hold far fewer; a page of one endless paragraph would otherwise
    /// make resolution quadratic.
    /// </summary>
    public const int MaxAntecedentCandidates = 256;

    private readonly RoleMatcher roles;
    private readonly int maxParagraphsBack;

    public SpeakerResolver(CoreferenceFile rules)
    {
        roles = new RoleMatcher(rules);
        maxParagraphsBack = rules.MaxParagraphsBack;
    }

    /// <summary>Resolves every finding's speaker; returns a lookup from any mention to its speaker's name.</summary>
    public Func<int, string?> Resolve(DocumentContext ctx, List<Finding> findings, WorkCounters? work = null)
    {
        var doc = new MentionIndex(ctx.Mentions, work);
        var entityOf = new int[ctx.Mentions.Count];
        Array.Fill(entityOf, -1);

        // Each linked name makes at most one entity: the list is made that size once instead of regrown.
        int names = 0;
        for (int m = 0; m < ctx.Mentions.Count; m++)
        {
            var mention = ctx.Mentions[m];
            if (mention.Kind == MentionKind.Name && !Quoted(ctx, mention))
            {
                entityOf[m] = 0;
                names++;
            }
        }

        var entities = new List<Entity>(names);
        for (int m = 0; m < ctx.Mentions.Count; m++)
        {
            if (entityOf[m] == 0)
            {
                entityOf[m] = Link(entities, ctx.Mentions[m]);
            }
        }

        foreach (var f in InTextOrder(findings))
        {
            if (f.Source < 0)
            {
                if (f.Continues?.Speaker is { } continued)
                {
                    f.Speaker = continued with { Via = SpeakerVia.Continuation };
                }

                continue;
            }

            int resolveAt = f.Source;
        Again:
            var mention = ctx.Mentions[resolveAt];
            int e = entityOf[resolveAt];
            switch (mention.Kind)
            {
                case MentionKind.Name when e >= 0:
                    f.Speaker = new Speaker(entities[e].Name, entities[e].Type, mention.Role ?? entities[e].Role, SpeakerVia.Name);
                    break;
                case MentionKind.Pronoun when IsRelative(ctx, mention) && doc.RelativeHead(ctx, resolveAt) is int head && head != resolveAt:
                    // "the Belarus leader who claims ...": who is the noun phrase before it; the source stays "who".
                    resolveAt = head;
                    goto Again;
                case MentionKind.Pronoun:
                case MentionKind.Description:
                    e = FindAntecedent(ctx, f, mention, entities, entityOf, doc);
                    var via = mention.Kind == MentionKind.Pronoun ? SpeakerVia.Pronoun : SpeakerVia.Description;
                    if (e >= 0)
                    {
                        entityOf[resolveAt] = e;
                        f.Speaker = new Speaker(entities[e].Name, entities[e].Type, entities[e].Role, via);
                    }
                    else if (mention.Kind == MentionKind.Description)
                    {
                        string text = ctx.Segmented.Source.ToString(mention.Span);
                        f.Speaker = new Speaker(mention.Name ?? text, mention.Type, mention.Role ?? text, via);
                    }

                    break;
                default:
                    f.Speaker = new Speaker(mention.Name ?? ctx.Segmented.Source.ToString(mention.Head), mention.Type, mention.Role, SpeakerVia.Name);
                    break;
            }

            if (e >= 0)
            {
                entities[e].LastSpoke = Math.Max(entities[e].LastSpoke, f.CueStart >= 0 ? f.CueStart : f.StartToken);
                doc.LastSpoke = Math.Max(doc.LastSpoke, entities[e].LastSpoke);
            }
        }

        return m =>
        {
            if (entityOf[m] >= 0)
            {
                return entities[entityOf[m]].Name;
            }

            var mention = ctx.Mentions[m];
            if (mention.Kind is MentionKind.Pronoun or MentionKind.Description)
            {
                var probe = new Finding { Kind = StatementKind.Indirect, Content = [mention.Span], Rule = "", Sentence = ctx.SentenceOf[mention.FirstToken], Source = m, StartToken = mention.FirstToken, EndToken = mention.EndToken };
                int e = FindAntecedent(ctx, probe, mention, entities, entityOf, doc);
                return e >= 0 ? entities[e].Name : null;
            }

            return mention.Name;
        };
    }

    /// <summary>The findings by where they start (stable); the list itself when it is in that order already, as it mostly is.</summary>
    private static IEnumerable<Finding> InTextOrder(List<Finding> findings)
    {
        for (int i = 1; i < findings.Count; i++)
        {
            if (findings[i].Extent.Start < findings[i - 1].Extent.Start)
            {
                return findings.OrderBy(f => f.Extent.Start);
            }
        }

        return findings;
    }

    private static bool IsRelative(DocumentContext ctx, Mention mention) =>
        ctx.Segmented.Source[mention.Head] is "who" or "which" or "that" or "whom";

    private static bool Quoted(DocumentContext ctx, Mention mention) => mention.FirstToken < ctx.Tokens.Length && ctx.InQuote[mention.FirstToken] >= 0;

    /// <summary>Finds or creates the entity a name mention belongs to.</summary>
    private static int Link(List<Entity> entities, Mention mention)
    {
        string name = mention.Name ?? "";
        if (mention.Type != EntityType.Person)
        {
            for (int i = entities.Count - 1; i >= 0; i--)
            {
                if (entities[i].Type == mention.Type && string.Equals(entities[i].Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    return i;
                }
            }

            entities.Add(new Entity { Name = name, Type = mention.Type, Role = mention.Role, Gender = mention.Gender, Keys = [] });
            return entities.Count - 1;
        }

        var keys = PersonKeys(name);
        if (keys.Length == 0)
        {
            entities.Add(new Entity { Name = name, Type = mention.Type, Role = mention.Role, Gender = mention.Gender, Keys = keys });
            return entities.Count - 1;
        }

        string last = keys[^1];
        string? first = keys.Length > 1 ? keys[0] : null;
        for (int i = entities.Count - 1; i >= 0; i--)
        {
            var entity = entities[i];
            if (entity.Type != EntityType.Person || entity.LastKey != last)
            {
                continue;
            }

            // A first name that conflicts keeps two people apart (Vladimir vs Dmitry ...).
            if (first is not null && entity.FirstKey is not null && first != entity.FirstKey)
            {
                continue;
            }

            if (entity.FirstKey is null && first is not null)
            {
                entity.Name = name; // a surname-only entity learns its full name
                entity.Keys = keys;
            }

            entity.Role ??= mention.Role;
            if (entity.Gender == Gender.Unknown)
            {
                entity.Gender = mention.Gender;
            }

            return i;
        }

        entities.Add(new Entity { Name = name, Type = EntityType.Person, Role = mention.Role, Gender = mention.Gender, Keys = keys });
        return entities.Count - 1;
    }

    /// <summary>Keys per person name already seen on this thread: names recur within and across articles, and the keys are a pure function of the name (never written to).</summary>
    [ThreadStatic]
    private static Dictionary<string, string[]>? personKeyCache;

    /// <summary>The cache is dropped when it holds this many names, so a long run does not grow it without bound.</summary>
    private const int MaxCachedNames = 8192;

    private static string[] PersonKeys(string name)
    {
        var cache = personKeyCache ??= new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (cache.TryGetValue(name, out var cached))
        {
            return cached;
        }

        if (cache.Count >= MaxCachedNames)
        {
            cache.Clear();
        }

        var keys = ComputePersonKeys(name);
        cache[name] = keys;
        return keys;
    }

    private static string[] ComputePersonKeys(string name)
    {
        // Keys written over the split words in place: no LINQ chain for every person name of every article.
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int n = 0;
        foreach (string w in words)
        {
            if (w.Length > 1 && !w.EndsWith('.') && char.IsUpper(w[0]) && NameKey.Of(w) is { Length: > 0 } key)
            {
                words[n++] = key;
            }
        }

        return n == words.Length ? words : words[..n];
    }

    private int FindAntecedent(DocumentContext ctx, Finding f, Mention source, List<Entity> entities, int[] entityOf, MentionIndex doc)
    {
        int anchorToken = Math.Min(source.FirstToken, ctx.Segmented.TokenAt(f.Extent.Start));
        if (anchorToken >= ctx.Tokens.Length)
        {
            return -1;
        }

        int anchorSentence = ctx.SentenceOf[anchorToken];
        int anchorParagraph = ctx.Segmented.Sentences[anchorSentence].Paragraph;
        string description = source.Kind == MentionKind.Description ? ctx.Segmented.Source.ToString(source.Span) : "";
        int lastSpeakerToken = doc.LastSpoke;

        int best = -1;
        double bestScore = double.MinValue;
        foreach (int m in doc.Before(anchorToken, MaxAntecedentCandidates))
        {
            var c = ctx.Mentions[m];
            if (c.FirstToken >= anchorToken || entityOf[m] < 0 || m == f.Source || Quoted(ctx, c))
            {
                continue;
            }

            int sentence = ctx.SentenceOf[c.FirstToken];
            int paragraph = ctx.Segmented.Sentences[sentence].Paragraph;
            if (anchorParagraph - paragraph > maxParagraphsBack)
            {
                continue;
            }

            var entity = entities[entityOf[m]];
            if (!Compatible(ctx, source, entity))
            {
                continue;
            }

            double score = 10 - Math.Min(9, 2.5 * (anchorSentence - sentence));
            score += Salience(ctx, c);
            if (entity.LastSpoke >= 0)
            {
                score += entity.LastSpoke == lastSpeakerToken ? 3 : 1.5;
            }

            if (source.Kind == MentionKind.Description)
            {
                int overlap = roles.Overlap(description, entity.Role) + roles.Overlap(description, c.Role);
                score += 5 * overlap;
                if (overlap == 0 && (entity.LastSpoke < 0 || entity.Type != EntityType.Person))
                {
                    continue; // a description names its referent's role, or refers to a recent speaker
                }
            }

            // Later mentions win ties: they are closer.
            if (score >= bestScore)
            {
                bestScore = score;
                best = entityOf[m];
            }
        }

        return best;
    }

    private static bool Compatible(DocumentContext ctx, Mention source, Entity entity)
    {
        if (source.Kind == MentionKind.Description)
        {
            return source.Type == entity.Type || (source.Type == EntityType.Person && entity.Type == EntityType.Person);
        }

        var word = ctx.Segmented.Source[source.Head];
        if (word.Equals("he", StringComparison.OrdinalIgnoreCase) || word.Equals("his", StringComparison.OrdinalIgnoreCase) || word.Equals("him", StringComparison.OrdinalIgnoreCase))
        {
            return entity.Type == EntityType.Person && entity.Gender != Gender.Female;
        }

        if (word.Equals("she", StringComparison.OrdinalIgnoreCase) || word.Equals("her", StringComparison.OrdinalIgnoreCase))
        {
            return entity.Type == EntityType.Person && entity.Gender != Gender.Male;
        }

        if (word.Equals("it", StringComparison.OrdinalIgnoreCase) || word.Equals("its", StringComparison.OrdinalIgnoreCase))
        {
            return entity.Type is EntityType.Organization or EntityType.Outlet;
        }

        if (source.Plural)
        {
            return entity.Type is EntityType.Group or EntityType.Organization or EntityType.Anonymous;
        }

        return source.Gender switch
        {
            Gender.Male => entity.Type == EntityType.Person && entity.Gender != Gender.Female,
            Gender.Female => entity.Type == EntityType.Person && entity.Gender != Gender.Male,
            Gender.Neuter => entity.Type is EntityType.Organization or EntityType.Outlet,
            _ => true,
        };
    }

    /// <summary>Subjects and passive agents are likelier antecedents than objects of prepositions.</summary>
    private static double Salience(DocumentContext ctx, Mention c)
    {
        int t = c.FirstToken;
        double score = 0;
        if (t > 0 && ctx.TextOf(t - 1).Equals("by", StringComparison.OrdinalIgnoreCase))
        {
            score += 3;
        }
        else if (ctx.FollowsBlocker(t))
        {
            score -= 2;
        }
        else if (IsFirstMention(ctx, c))
        {
            score += 3;
        }

        if (c.EndToken < ctx.Tokens.Length && ctx.TextOf(c.EndToken) is var next
            && (next.Equals("himself", StringComparison.OrdinalIgnoreCase) || next.Equals("herself", StringComparison.OrdinalIgnoreCase) || next.Equals("itself", StringComparison.OrdinalIgnoreCase)))
        {
            score += 1;
        }

        return score;
    }

    private static bool IsFirstMention(DocumentContext ctx, Mention c)
    {
        int start = ctx.SentenceStartToken(c.FirstToken);
        for (int t = start; t < c.FirstToken; t++)
        {
            if (ctx.MentionAt[t] >= 0 && ctx.InQuote[t] < 0 && !ctx.FollowsBlocker(t))
            {
                return false;
            }
        }

        return true;
    }
}
