namespace ClaimCheck.Extraction;

public enum SpeakerVia : byte
{
    Name,
    Pronoun,
    Description,
    Continuation,
}
