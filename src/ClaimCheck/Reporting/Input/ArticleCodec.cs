using System.Buffers;
using System.Text;
using ClaimCheck.Extraction;
using ClaimCheck.Framing;
using ClaimCheck.Text;

namespace ClaimCheck.Reporting.Input;

/// <summary>
/// A compact binary form of a <see cref="ReportArticle"/>, for the report's spool file: numbers as
/// 7-bit varints, strings as UTF-8 with their byte length, null as a length of -1. Reading back gives
/// an equal article; short strings come from a <see cref="StringPool"/>.
/// </summary>
internal static class ArticleCodec
{
    public static void Write(ArrayBufferWriter<byte> output, ReportArticle article)
    {
        var w = new Writer(output);
        w.String(article.Doc);
        w.String(article.Outlet);
        w.String(article.Date);
        w.String(article.Title);
        w.Int(article.Statements.Count);
        foreach (var s in article.Statements)
        {
            var st = s.Statement;
            w.Int((int)st.Kind);
            w.Int(st.Content.Count);
            foreach (var c in st.Content)
            {
                w.Span(c);
            }

            w.Bool(st.Cue is not null);
            if (st.Cue is { } cue)
            {
                w.Span(cue.Span);
                w.String(cue.Lemma);
                w.String(cue.Stance);
                w.String(cue.Id);
            }

            w.Bool(st.Source is not null);
            if (st.Source is { } source)
            {
                w.Span(source);
            }

            w.Bool(st.Speaker is not null);
            if (st.Speaker is { } speaker)
            {
                w.String(speaker.Name);
                w.Int((int)speaker.Type);
                w.String(speaker.Role);
                w.Int((int)speaker.Via);
            }

            w.Bool(st.Channel is not null);
            if (st.Channel is { } channel)
            {
                w.String(channel.Name);
                w.Int((int)channel.Type);
                w.String(channel.Rule);
            }

            w.String(st.Rule);
            w.String(s.Text);
            w.String(s.CueText);
            w.String(s.SourceText);
        }

        var facts = article.Facts;
        w.Int(facts.Hedges.Count);
        foreach (var h in facts.Hedges)
        {
            w.String(h.Label);
            w.Span(h.Span);
        }

        w.Int(facts.ScareQuotes.Count);
        foreach (var q in facts.ScareQuotes)
        {
            w.String(q);
        }

        Pieces(ref w, facts.Narration);
        Pieces(ref w, facts.Unattributed);
        w.Int(facts.Persons.Count);
        foreach (var p in facts.Persons)
        {
            w.Span(p.Span);
            w.String(p.Name);
            w.String(p.Role);
            w.String(p.Description);
            w.Bool(p.Quoted);
        }
    }

    /// <summary>Reads an article back; the facts not in <paramref name="parts"/> are skipped (left empty).</summary>
    public static ReportArticle Read(ReadOnlySpan<byte> data, StringPool pool, ArticleParts parts = ArticleParts.All)
    {
        var r = new Reader(data, pool);
        string doc = r.String(pooled: false)!;
        string? outlet = r.String(), date = r.String(), title = r.String(pooled: false);
        var statements = new ArticleStatement[r.Int()];
        for (int i = 0; i < statements.Length; i++)
        {
            var kind = (StatementKind)r.Int();
            var content = new TextSpan[r.Int()];
            for (int c = 0; c < content.Length; c++)
            {
                content[c] = r.Span();
            }

            Cue? cue = r.Bool() ? new Cue(r.Span(), r.String()!, r.String()!, r.String()!) : null;
            TextSpan? source = r.Bool() ? r.Span() : null;
            Speaker? speaker = r.Bool() ? new Speaker(r.String()!, (EntityType)r.Int(), r.String(), (SpeakerVia)r.Int()) : null;
            Channel? channel = r.Bool() ? new Channel(r.String()!, (ChannelType)r.Int(), r.String()!) : null;
            var statement = new Statement(kind, content, cue, source, speaker, channel, r.String()!);
            statements[i] = new ArticleStatement(statement, r.String(pooled: false)!, r.String(), r.String());
        }

        var hedges = new HedgeMatch[r.Int()];
        for (int i = 0; i < hedges.Length; i++)
        {
            hedges[i] = new HedgeMatch(r.String()!, r.Span());
        }

        var scare = new string[r.Int()];
        for (int i = 0; i < scare.Length; i++)
        {
            scare[i] = r.String()!;
        }

        if (!parts.HasFlag(ArticleParts.ScareQuotes))
        {
            scare = [];
        }

        var narration = Pieces(ref r, parts.HasFlag(ArticleParts.Narration));
        var unattributed = Pieces(ref r, parts.HasFlag(ArticleParts.Unattributed));
        var persons = new PersonMention[parts.HasFlag(ArticleParts.Persons) ? r.Int() : 0];
        for (int i = 0; i < persons.Length; i++)
        {
            persons[i] = new PersonMention(r.Span(), r.String(), r.String(), r.String(), r.Bool());
        }

        return new ReportArticle(doc, outlet, date, title, statements, new ArticleFacts(hedges, scare, narration, unattributed, persons));
    }

    private static void Pieces(ref Writer w, IReadOnlyList<TextPiece> pieces)
    {
        w.Int(pieces.Count);
        foreach (var p in pieces)
        {
            w.Span(p.Span);
            w.String(p.Text);
        }
    }

    private static TextPiece[] Pieces(ref Reader r, bool keep)
    {
        int count = r.Int();
        if (!keep)
        {
            for (int i = 0; i < count; i++)
            {
                r.Span();
                r.Skip();
            }

            return [];
        }

        var pieces = new TextPiece[count];
        for (int i = 0; i < pieces.Length; i++)
        {
            pieces[i] = new TextPiece(r.Span(), r.String(pooled: false)!);
        }

        return pieces;
    }

    private readonly ref struct Writer(ArrayBufferWriter<byte> output)
    {
        private readonly ArrayBufferWriter<byte> output = output;

        public void Int(int value)
        {
            var span = output.GetSpan(5);
            uint v = (uint)value;
            int n = 0;
            while (v >= 0x80)
            {
                span[n++] = (byte)(v | 0x80);
                v >>= 7;
            }

            span[n++] = (byte)v;
            output.Advance(n);
        }

        public void Bool(bool value) => Int(value ? 1 : 0);

        public void Span(TextSpan span)
        {
            Int(span.Start);
            Int(span.End);
        }

        public void String(string? value)
        {
            if (value is null)
            {
                Int(-1);
                return;
            }

            int bytes = Encoding.UTF8.GetByteCount(value);
            Int(bytes);
            Encoding.UTF8.GetBytes(value, output.GetSpan(bytes));
            output.Advance(bytes);
        }
    }

    private ref struct Reader(ReadOnlySpan<byte> data, StringPool pool)
    {
        private readonly ReadOnlySpan<byte> data = data;
        private readonly StringPool pool = pool;
        private int at;

        public int Int()
        {
            uint v = 0;
            int shift = 0;
            byte b;
            do
            {
                b = data[at++];
                v |= (uint)(b & 0x7F) << shift;
                shift += 7;
            }
            while ((b & 0x80) != 0);
            return (int)v;
        }

        public bool Bool() => Int() != 0;

        public TextSpan Span()
        {
            int start = Int();
            return new TextSpan(start, Int());
        }

        /// <summary>Steps over a string.</summary>
        public void Skip()
        {
            int bytes = Int();
            at += Math.Max(0, bytes);
        }

        public string? String(bool pooled = true)
        {
            int bytes = Int();
            if (bytes < 0)
            {
                return null;
            }

            var utf8 = data.Slice(at, bytes);
            at += bytes;
            if (!pooled || bytes > StringPool.MaxLength * 3)
            {
                return Encoding.UTF8.GetString(utf8);
            }

            Span<char> chars = stackalloc char[StringPool.MaxLength * 3];
            int n = Encoding.UTF8.GetChars(utf8, chars);
            return pool.Get(chars[..n]);
        }
    }
}
