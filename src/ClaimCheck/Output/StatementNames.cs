using ClaimCheck.Extraction;

namespace ClaimCheck.Output;

/// <summary>The names enums take in output: stable, lower case, snake_case.</summary>
public static class StatementNames
{
    public static string Of(StatementKind kind) => kind switch
    {
        StatementKind.Direct => "direct",
        StatementKind.Mixed => "mixed",
        StatementKind.Indirect => "indirect",
        _ => "according_to",
    };

    public static string Of(EntityType type) => type switch
    {
        EntityType.Person => "person",
        EntityType.Organization => "organization",
        EntityType.Group => "group",
        EntityType.Anonymous => "anonymous",
        _ => "outlet",
    };

    public static string Of(SpeakerVia via) => via switch
    {
        SpeakerVia.Name => "name",
        SpeakerVia.Pronoun => "pronoun",
        SpeakerVia.Description => "description",
        _ => "continuation",
    };

    public static string Of(ChannelType type) => type switch
    {
        ChannelType.Outlet => "outlet",
        ChannelType.SocialMedia => "social_media",
        ChannelType.Statement => "statement",
        ChannelType.Interview => "interview",
        ChannelType.Broadcast => "broadcast",
        _ => "other",
    };

    /// <summary>What joins the pieces of a split content in its text.</summary>
    internal const string ContentSeparator = " … ";

    /// <summary>The content as text: the single piece, or the pieces joined by an ellipsis.</summary>
    public static string ContentText(string text, Statement statement)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(statement);
        return string.Join(ContentSeparator, statement.Content.Select(c => text.Substring(c.Start, c.Length)));
    }
}
