using ClaimCheck.Extraction.Patterns;

namespace ClaimCheck.Extraction.Channels;

/// <summary>A channel phrase ready to match.</summary>
internal sealed record ChannelRule(CompiledPattern Pattern, ChannelType Type, string Name);
