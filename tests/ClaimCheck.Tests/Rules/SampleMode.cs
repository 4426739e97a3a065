namespace ClaimCheck.Tests.Rules;

public enum SampleMode
{
    Plain,
    SocialMedia,
}
