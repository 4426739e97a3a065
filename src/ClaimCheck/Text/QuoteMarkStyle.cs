namespace ClaimCheck.Text;

public enum QuoteMarkStyle : byte
{
    /// <summary>“ ”</summary>
    DoubleCurly,
    /// <summary>‘ ’</summary>
    SingleCurly,
    /// <summary>" "</summary>
    DoubleStraight,
    /// <summary>' '</summary>
    SingleStraight,
    /// <summary>« »</summary>
    Guillemet,
    /// <summary>„ “ (German/Slavic low-high)</summary>
    LowHigh,
}
