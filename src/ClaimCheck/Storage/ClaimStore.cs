using System.Globalization;
using System.Text;
using ClaimCheck.Extraction;
using ClaimCheck.Output;
using Microsoft.Data.Sqlite;

namespace ClaimCheck.Storage;

/// <summary>
/// The SQLite store of articles, statements, speakers (with their name forms) and channels.
/// WAL mode: readers never block the writer, and a killed writer loses only the transaction it
/// was in; each article is written in its own transaction. One writer at a time: <see cref="Save"/>
/// is called from one thread; <see cref="Find"/> may be called from any thread.
/// </summary>
public sealed class ClaimStore : IDisposable
{
    private readonly SqliteConnection connection;
    private readonly string connectionString;

    private ClaimStore(string path, SqliteConnection connection, string connectionString)
    {
        Path = path;
        this.connection = connection;
        this.connectionString = connectionString;
    }

    public string Path { get; }

    /// <summary>Opens (creating when missing) the store at <paramref name="path"/>.</summary>
    /// <exception cref="InvalidDataException">The file is a store of another schema version.</exception>
    public static ClaimStore Open(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string cs = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true, DefaultTimeout = 30 }.ToString();
        var connection = new SqliteConnection(cs);
        try
        {
            connection.Open();

            // NORMAL in WAL mode: a crash of the process loses nothing committed (only power loss can
            // drop the last transactions), and the database stays valid either way.
            Execute(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 30000;");
            using (var tx = connection.BeginTransaction())
            {
                Execute(connection, StoreSchema.Create, tx);
                using var version = Command(connection, "SELECT value FROM meta WHERE key = 'schema'", tx);
                if (version.ExecuteScalar() is string v)
                {
                    if (v != StoreSchema.Version.ToString(CultureInfo.InvariantCulture))
                    {
                        throw new InvalidDataException($"{path}: store schema {v}, this claimcheck reads schema {StoreSchema.Version}; index into a new file");
                    }
                }
                else
                {
                    using var set = Command(connection, "INSERT INTO meta (key, value) VALUES ('schema', $v)", tx);
                    set.Parameters.AddWithValue("$v", StoreSchema.Version.ToString(CultureInfo.InvariantCulture));
                    set.ExecuteNonQuery();
                }

                tx.Commit();
            }

            return new ClaimStore(path, connection, cs);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>The stored hashes of <paramref name="doc"/>, or null. Safe from any thread (own pooled connection).</summary>
    public StoredArticleState? Find(string doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        using var c = new SqliteConnection(connectionString);
        c.Open();
        using var cmd = Command(c, "SELECT hash, rules_hash FROM articles WHERE doc = $doc");
        cmd.Parameters.AddWithValue("$doc", doc);
        using var r = cmd.ExecuteReader();
        return r.Read() ? new StoredArticleState(r.GetString(0), r.GetString(1)) : null;
    }

    /// <summary>Replaces everything stored for the article in one transaction.</summary>
    public void Save(ArticleAnalysis analysis, string? url, string hash, string rulesHash)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(hash);
        ArgumentNullException.ThrowIfNull(rulesHash);
        using var tx = connection.BeginTransaction();
        string doc = analysis.Source.Path;
        using (var old = Command(connection, "SELECT id FROM articles WHERE doc = $doc", tx))
        {
            old.Parameters.AddWithValue("$doc", doc);
            if (old.ExecuteScalar() is long oldId)
            {
                using var delete = Command(connection, """
                    DELETE FROM statements_fts WHERE rowid IN (SELECT id FROM statements WHERE article_id = $id);
                    DELETE FROM statements WHERE article_id = $id;
                    DELETE FROM articles WHERE id = $id;
                    """, tx);
                delete.Parameters.AddWithValue("$id", oldId);
                delete.ExecuteNonQuery();
            }
        }

        var meta = analysis.Metadata;
        long articleId;
        using (var insert = Command(connection, """
            INSERT INTO articles (doc, hash, rules_hash, outlet, date, title, url, chars, statements)
            VALUES ($doc, $hash, $rules, $outlet, $date, $title, $url, $chars, $n) RETURNING id
            """, tx))
        {
            insert.Parameters.AddWithValue("$doc", doc);
            insert.Parameters.AddWithValue("$hash", hash);
            insert.Parameters.AddWithValue("$rules", rulesHash);
            insert.Parameters.AddWithValue("$outlet", Db(meta.Outlet));
            insert.Parameters.AddWithValue("$date", Db(meta.Date));
            insert.Parameters.AddWithValue("$title", Db(meta.Title));
            insert.Parameters.AddWithValue("$url", Db(url));
            insert.Parameters.AddWithValue("$chars", analysis.Source.Length);
            insert.Parameters.AddWithValue("$n", analysis.Statements.Count);
            articleId = (long)insert.ExecuteScalar()!;
        }

        if (analysis.Statements.Count > 0)
        {
            SaveStatements(analysis, articleId, tx);
        }

        tx.Commit();
    }

    /// <summary>Every statement of the speakers <paramref name="name"/> may denote, in document order.</summary>
    public IReadOnlyList<StoredStatement> Who(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        using var find = Command(connection, """
            SELECT s.id, s.name FROM speakers s JOIN name_forms f ON f.speaker_id = s.id
            WHERE (f.kind = 'surname' AND f.key = $surname) OR (f.kind = 'full' AND f.key = $full)
               OR s.name = $name COLLATE NOCASE
            """);
        find.Parameters.AddWithValue("$surname", SpeakerNames.Key(SpeakerNames.Surname(name)));
        find.Parameters.AddWithValue("$full", SpeakerNames.Key(name));
        find.Parameters.AddWithValue("$name", name.Trim());
        var ids = new SortedSet<long>();
        using (var r = find.ExecuteReader())
        {
            while (r.Read())
            {
                if (SpeakerNames.GivenNamesAgree(name, r.GetString(1)))
                {
                    ids.Add(r.GetInt64(0));
                }
            }
        }

        if (ids.Count == 0)
        {
            return [];
        }

        // The ids are integers from the store itself, so inlining them is safe.
        string list = string.Join(",", ids.Select(i => i.ToString(CultureInfo.InvariantCulture)));
#pragma warning disable CA2100 // Only integers are inlined.
        using var statements = Command(connection, $"""
            SELECT a.doc, st.kind, st.text, sp.name, st.record
            FROM statements st JOIN articles a ON a.id = st.article_id LEFT JOIN speakers sp ON sp.id = st.speaker_id
            WHERE st.speaker_id IN ({list}) ORDER BY a.doc, st.ordinal
            """);
#pragma warning restore CA2100
        return Read(statements);
    }

    /// <summary>
    /// Full-text search over statement text. Plain words must all occur (any order, diacritics
    /// ignored); with <paramref name="raw"/> the text is an FTS5 query ("a NEAR b", "resign*", OR).
    /// Best matches first (bm25), ties in document order.
    /// </summary>
    /// <exception cref="SqliteException">A raw query is not valid FTS5.</exception>
    public IReadOnlyList<StoredStatement> Search(string text, int limit, bool raw = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        string query = raw ? text : PlainQuery(text);
        if (query.Length == 0)
        {
            return [];
        }

        using var cmd = Command(connection, """
            SELECT a.doc, st.kind, st.text, sp.name, st.record
            FROM statements_fts f JOIN statements st ON st.id = f.rowid JOIN articles a ON a.id = st.article_id
            LEFT JOIN speakers sp ON sp.id = st.speaker_id
            WHERE statements_fts MATCH $q ORDER BY f.rank, a.doc, st.ordinal LIMIT $limit
            """);
        cmd.Parameters.AddWithValue("$q", query);
        cmd.Parameters.AddWithValue("$limit", limit);
        return Read(cmd);
    }

    /// <summary>
    /// Every stored statement record, by document name (ordinal) then document order: the JSON Lines
    /// <c>extract</c> gives for the same articles in that order. The hook for a report from the store.
    /// </summary>
    public IEnumerable<string> Records()
    {
        using var cmd = Command(connection, "SELECT st.record FROM statements st JOIN articles a ON a.id = st.article_id ORDER BY a.doc, st.ordinal");
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            yield return r.GetString(0);
        }
    }

    /// <summary>Number of stored articles.</summary>
    public long CountArticles()
    {
        using var cmd = Command(connection, "SELECT count(*) FROM articles");
        return (long)cmd.ExecuteScalar()!;
    }

    /// <summary>SQLite's own check of the file: "ok" when valid.</summary>
    public string IntegrityCheck()
    {
        using var cmd = Command(connection, "PRAGMA integrity_check");
        return (string)cmd.ExecuteScalar()!;
    }

    public void Dispose() => connection.Dispose();

    /// <summary>Each word becomes a quoted FTS5 string, so punctuation in the text is never query syntax.</summary>
    internal static string PlainQuery(string text)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return string.Join(" ", words.Select(w => "\"" + w.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));
    }

    private void SaveStatements(ArticleAnalysis analysis, long articleId, SqliteTransaction tx)
    {
        string text = analysis.Source.Text;
        using var insert = Command(connection, """
            INSERT INTO statements (article_id, ordinal, kind, text, content, cue_text, cue_start, cue_end, cue_lemma, cue_stance,
                source_text, source_start, source_end, speaker_id, speaker_role, speaker_via, channel_id, channel_rule, rule, record)
            VALUES ($a, $o, $kind, $text, $content, $ct, $cs, $ce, $cl, $cst, $st, $ss, $se, $sp, $role, $via, $ch, $chr, $rule, $record)
            RETURNING id
            """, tx);
        using var fts = Command(connection, "INSERT INTO statements_fts (rowid, text) VALUES ($id, $text)", tx);
        var speakerIds = new Dictionary<(string, string), long>();
        var channelIds = new Dictionary<(string, string), long>();
        for (int i = 0; i < analysis.Statements.Count; i++)
        {
            var s = analysis.Statements[i];
            string content = StatementNames.ContentText(text, s);
            insert.Parameters.Clear();
            insert.Parameters.AddWithValue("$a", articleId);
            insert.Parameters.AddWithValue("$o", i);
            insert.Parameters.AddWithValue("$kind", StatementNames.Of(s.Kind));
            insert.Parameters.AddWithValue("$text", content);
            insert.Parameters.AddWithValue("$content", Spans(s));
            insert.Parameters.AddWithValue("$ct", s.Cue is { } cue ? text.Substring(cue.Span.Start, cue.Span.Length) : DBNull.Value);
            insert.Parameters.AddWithValue("$cs", s.Cue is { } c1 ? c1.Span.Start : DBNull.Value);
            insert.Parameters.AddWithValue("$ce", s.Cue is { } c2 ? c2.Span.End : DBNull.Value);
            insert.Parameters.AddWithValue("$cl", s.Cue is { } c3 ? c3.Lemma : DBNull.Value);
            insert.Parameters.AddWithValue("$cst", s.Cue is { } c4 ? c4.Stance : DBNull.Value);
            insert.Parameters.AddWithValue("$st", s.Source is { } src ? text.Substring(src.Start, src.Length) : DBNull.Value);
            insert.Parameters.AddWithValue("$ss", s.Source is { } s1 ? s1.Start : DBNull.Value);
            insert.Parameters.AddWithValue("$se", s.Source is { } s2 ? s2.End : DBNull.Value);
            insert.Parameters.AddWithValue("$sp", s.Speaker is { } sp ? SpeakerId(sp, speakerIds, tx) : DBNull.Value);
            insert.Parameters.AddWithValue("$role", Db(s.Speaker?.Role));
            insert.Parameters.AddWithValue("$via", s.Speaker is { } sv ? StatementNames.Of(sv.Via) : DBNull.Value);
            insert.Parameters.AddWithValue("$ch", s.Channel is { } ch ? ChannelId(ch, channelIds, tx) : DBNull.Value);
            insert.Parameters.AddWithValue("$chr", Db(s.Channel?.Rule));
            insert.Parameters.AddWithValue("$rule", s.Rule);
            insert.Parameters.AddWithValue("$record", JsonLinesWriter.ToJson(analysis, s));
            long id = (long)insert.ExecuteScalar()!;
            fts.Parameters.Clear();
            fts.Parameters.AddWithValue("$id", id);
            fts.Parameters.AddWithValue("$text", content);
            fts.ExecuteNonQuery();
        }
    }

    private long SpeakerId(Speaker speaker, Dictionary<(string, string), long> cache, SqliteTransaction tx)
    {
        string type = StatementNames.Of(speaker.Type);
        if (cache.TryGetValue((speaker.Name, type), out long cached))
        {
            return cached;
        }

        long id;
        using (var find = Command(connection, "SELECT id FROM speakers WHERE name = $name AND type = $type", tx))
        {
            find.Parameters.AddWithValue("$name", speaker.Name);
            find.Parameters.AddWithValue("$type", type);
            if (find.ExecuteScalar() is long existing)
            {
                cache[(speaker.Name, type)] = existing;
                return existing;
            }
        }

        using (var insert = Command(connection, "INSERT INTO speakers (name, type) VALUES ($name, $type) RETURNING id", tx))
        {
            insert.Parameters.AddWithValue("$name", speaker.Name);
            insert.Parameters.AddWithValue("$type", type);
            id = (long)insert.ExecuteScalar()!;
        }

        // A person is found by surname; anyone else by the whole name.
        using var form = Command(connection, "INSERT INTO name_forms (speaker_id, kind, form, key) VALUES ($id, $kind, $form, $key)", tx);
        form.Parameters.AddWithValue("$id", id);
        form.Parameters.AddWithValue("$kind", "full");
        form.Parameters.AddWithValue("$form", speaker.Name);
        form.Parameters.AddWithValue("$key", SpeakerNames.Key(speaker.Name));
        form.ExecuteNonQuery();
        if (speaker.Type == EntityType.Person)
        {
            string surname = SpeakerNames.Surname(speaker.Name);
            form.Parameters["$kind"].Value = "surname";
            form.Parameters["$form"].Value = surname;
            form.Parameters["$key"].Value = SpeakerNames.Key(surname);
            form.ExecuteNonQuery();
        }

        cache[(speaker.Name, type)] = id;
        return id;
    }

    private long ChannelId(Channel channel, Dictionary<(string, string), long> cache, SqliteTransaction tx)
    {
        string type = StatementNames.Of(channel.Type);
        if (cache.TryGetValue((channel.Name, type), out long cached))
        {
            return cached;
        }

        using var upsert = Command(connection, """
            INSERT INTO channels (name, type) VALUES ($name, $type)
            ON CONFLICT (name, type) DO UPDATE SET name = excluded.name RETURNING id
            """, tx);
        upsert.Parameters.AddWithValue("$name", channel.Name);
        upsert.Parameters.AddWithValue("$type", type);
        long id = (long)upsert.ExecuteScalar()!;
        cache[(channel.Name, type)] = id;
        return id;
    }

    private static string Spans(Statement s)
    {
        var sb = new StringBuilder("[");
        for (int i = 0; i < s.Content.Count; i++)
        {
            sb.Append(i == 0 ? "[" : ",[").Append(s.Content[i].Start.ToString(CultureInfo.InvariantCulture)).Append(',').Append(s.Content[i].End.ToString(CultureInfo.InvariantCulture)).Append(']');
        }

        return sb.Append(']').ToString();
    }

    private static List<StoredStatement> Read(SqliteCommand cmd)
    {
        var result = new List<StoredStatement>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            result.Add(new StoredStatement(r.GetString(0), r.GetString(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3), r.GetString(4)));
        }

        return result;
    }

    private static object Db(string? value) => value is null ? DBNull.Value : value;

    private static void Execute(SqliteConnection c, string sql, SqliteTransaction? tx = null)
    {
        using var cmd = Command(c, sql, tx);
        cmd.ExecuteNonQuery();
    }

    private static SqliteCommand Command(SqliteConnection c, string sql, SqliteTransaction? tx = null)
    {
        var cmd = c.CreateCommand();
#pragma warning disable CA2100 // Every statement text is a constant of this class; values go in parameters.
        cmd.CommandText = sql;
#pragma warning restore CA2100
        cmd.Transaction = tx;
        return cmd;
    }
}
