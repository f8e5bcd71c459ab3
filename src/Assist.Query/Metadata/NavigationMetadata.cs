namespace Assist.Query.Metadata;

/// <summary>
/// What a generated navigation method means, so the translator turns the call into the right join.
/// Registered by generated code under (<see cref="DeclaringType"/>, <see cref="MethodName"/>).
/// </summary>
/// <param name="Kind">The join shape.</param>
/// <param name="DeclaringType">The entity the method is declared on.</param>
/// <param name="MethodName">The method's name (<c>AssignmentLog</c>, <c>ProblemLogs</c>, <c>AssigneeGroup</c>).</param>
/// <param name="TargetType">The entity the navigation reaches.</param>
/// <param name="SourceColumn">SQL name of the column on the declaring table (<c>assignment_log_id</c>; <c>user_xid</c>; for ToMany and ExternalReference the declaring table's key, <c>id</c>).</param>
/// <param name="TargetColumn">SQL name of the column on the target table (<c>id</c>; for ToMany the child's foreign key).</param>
/// <param name="XrefTypeId">For Xref and ExternalReference: the xref_type_id value the generator wrote for this kind; otherwise null.</param>
/// <param name="DefaultPartnerId">For Xref and ExternalReference: the partner used when none is given (5, TNG); otherwise null.</param>
/// <param name="IsOptional">True when the source column is nullable, or the target may be missing (xref): the join is a LEFT JOIN.</param>
public sealed record NavigationMetadata(
    NavigationKind Kind,
    Type DeclaringType,
    string MethodName,
    Type TargetType,
    string SourceColumn,
    string TargetColumn,
    long? XrefTypeId,
    long? DefaultPartnerId,
    bool IsOptional);
