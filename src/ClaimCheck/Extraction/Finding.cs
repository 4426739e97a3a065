using ClaimCheck.Extraction.Cues;
using ClaimCheck.Text;

namespace ClaimCheck.Extraction;

/// <summary>A statement while it is being built: spans found, speaker and channel still to resolve.</summary>
internal sealed class Finding
{
    public required StatementKind Kind { get; set; }

    public required List<TextSpan> Content { get; init; }

    public required string Rule { get; init; }

    public required int Sentence { get; init; }

    public int CueStart { get; init; } = -1;

    public int CueEnd { get; init; } = -1;

    /// <summary>Where the cue's verb group starts ("has also said"): CueStart moved left over auxiliaries and adverbs.</summary>
    public int CueGroupStart { get; init; } = -1;

    public CueForm? Cue { get; init; }

    /// <summary>True for a passive report that names no source ("is expected to"): none is looked for.</summary>
    public bool Agentless { get; init; }

    /// <summary>Index of the source mention, or -1.</summary>
    public int Source { get; set; } = -1;

    /// <summary>Quotations used as content, so a quotation is never reported twice.</summary>
    public List<int> Quotes { get; } = [];

    /// <summary>For a quotation that continues an earlier quote: the statement it continues.</summary>
    public Finding? Continues { get; set; }

    public Speaker? Speaker { get; set; }

    public Channel? Channel { get; set; }

    /// <summary>The token range the whole match covers (content, cue, source).</summary>
    public int StartToken { get; init; }

    public int EndToken { get; init; }

    public TextSpan Extent => new(Content[0].Start, Content[^1].End);
}
