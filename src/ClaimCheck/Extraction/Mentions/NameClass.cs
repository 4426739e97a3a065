namespace ClaimCheck.Extraction.Mentions;

internal enum NameClass : byte
{
    Person,
    Organization,
    Place,
    Outlet,
}
