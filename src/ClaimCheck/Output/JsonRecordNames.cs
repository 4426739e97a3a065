using System.Text.Json;

namespace ClaimCheck.Output;

/// <summary>
/// The property names of statement records, encoded once: the writer otherwise validates and
/// transcodes each name for every record it writes.
/// </summary>
internal static class JsonRecordNames
{
    public static readonly JsonEncodedText Doc = JsonEncodedText.Encode("doc");

    public static readonly JsonEncodedText Kind = JsonEncodedText.Encode("kind");

    public static readonly JsonEncodedText Content = JsonEncodedText.Encode("content");

    public static readonly JsonEncodedText Cue = JsonEncodedText.Encode("cue");

    public static readonly JsonEncodedText Text = JsonEncodedText.Encode("text");

    public static readonly JsonEncodedText Start = JsonEncodedText.Encode("start");

    public static readonly JsonEncodedText End = JsonEncodedText.Encode("end");

    public static readonly JsonEncodedText Lemma = JsonEncodedText.Encode("lemma");

    public static readonly JsonEncodedText Stance = JsonEncodedText.Encode("stance");

    public static readonly JsonEncodedText Source = JsonEncodedText.Encode("source");

    public static readonly JsonEncodedText Speaker = JsonEncodedText.Encode("speaker");

    public static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");

    public static readonly JsonEncodedText Type = JsonEncodedText.Encode("type");

    public static readonly JsonEncodedText Role = JsonEncodedText.Encode("role");

    public static readonly JsonEncodedText Via = JsonEncodedText.Encode("via");

    public static readonly JsonEncodedText Channel = JsonEncodedText.Encode("channel");

    public static readonly JsonEncodedText Rule = JsonEncodedText.Encode("rule");

    public static readonly JsonEncodedText Outlet = JsonEncodedText.Encode("outlet");

    public static readonly JsonEncodedText Date = JsonEncodedText.Encode("date");
}
