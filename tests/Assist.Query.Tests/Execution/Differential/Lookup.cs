using Assist.Query.Tests.Model;

namespace Assist.Query.Tests.Execution.Differential;

/// <summary>LINQ-to-Objects stand-ins for navigations: explicit lookups over the seed lists.</summary>
public static class Lookup
{
    public static AssignmentLog Log(ProblemLog p) => SeedData.AssignmentLogs.Single(a => a.Id == p.AssignmentLogId);

    public static User UserByXid(long xid)
    {
        var reference = SeedData.ExternalReferences.Single(x => x.Id == xid && x.XrefTypeId == XrefType.User);
        return SeedData.Users.Single(u => u.Id == reference.TargetId);
    }

    public static User? UserByXidOrNull(long? xid)
    {
        var reference = SeedData.ExternalReferences.SingleOrDefault(x => x.Id == xid && x.XrefTypeId == XrefType.User);
        return reference is null ? null : SeedData.Users.Single(u => u.Id == reference.TargetId);
    }

    public static PrincipalGroupDefinition? GroupByXid(long? xid)
    {
        var reference = SeedData.ExternalReferences.SingleOrDefault(x => x.Id == xid && x.XrefTypeId == XrefType.Group);
        return reference is null ? null : SeedData.Groups.Single(g => g.Id == reference.TargetId);
    }

    public static ExternalReference? Reference(User u, Partner partner) =>
        SeedData.ExternalReferences.SingleOrDefault(x => x.TargetId == u.Id && x.XrefTypeId == XrefType.User && x.PartnerId == partner);
}
