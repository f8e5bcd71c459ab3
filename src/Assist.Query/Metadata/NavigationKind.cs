namespace Assist.Query.Metadata;

/// <summary>The shapes of join a generated navigation method stands for.</summary>
public enum NavigationKind
{
    /// <summary>Foreign key to its parent: <c>pl.AssignmentLog()</c> joins <c>problem_logs.assignment_log_id = assignment_logs.id</c>.</summary>
    ToOne,

    /// <summary>The reverse of a foreign key: <c>al.ProblemLogs()</c>, a correlated query of the children.</summary>
    ToMany,

    /// <summary>
    /// An xid column resolved through external_references: <c>al.User()</c> joins
    /// <c>external_references x ON x.id = al.user_xid AND x.xref_type_id = 1</c>, then <c>users u ON u.id = x.target_id</c>.
    /// </summary>
    Xref,

    /// <summary>
    /// From a target row to its external reference for a partner: <c>user.ExternalReference(Partner.Tng)</c> joins
    /// <c>external_references x ON x.target_id = u.id AND x.xref_type_id = 1 AND x.partner_id = 5</c>.
    /// </summary>
    ExternalReference,
}
