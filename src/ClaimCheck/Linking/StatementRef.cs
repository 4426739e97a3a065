namespace ClaimCheck.Linking;

/// <summary>A statement by position: the article's index in the input order and the statement's index in its analysis.</summary>
public readonly record struct StatementRef(int Article, int Statement) : IComparable<StatementRef>
{
    public int CompareTo(StatementRef other) =>
        Article != other.Article ? Article.CompareTo(other.Article) : Statement.CompareTo(other.Statement);

    public static bool operator <(StatementRef left, StatementRef right) => left.CompareTo(right) < 0;

    public static bool operator >(StatementRef left, StatementRef right) => left.CompareTo(right) > 0;

    public static bool operator <=(StatementRef left, StatementRef right) => left.CompareTo(right) <= 0;

    public static bool operator >=(StatementRef left, StatementRef right) => left.CompareTo(right) >= 0;
}
