namespace ClaimCheck.Extraction;

public enum ChannelType : byte
{
    Outlet,
    SocialMedia,
    Statement,
    Interview,
    Broadcast,
    Other,
}
