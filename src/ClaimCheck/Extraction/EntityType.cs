namespace ClaimCheck.Extraction;

public enum EntityType : byte
{
    Person,
    Organization,
    Group,
    Anonymous,
    Outlet,
}
