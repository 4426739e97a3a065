namespace ClaimCheck.Extraction;

public enum Gender : byte
{
    Unknown,
    Male,
    Female,
    Neuter,
}
