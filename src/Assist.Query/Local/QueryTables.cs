using System.Linq.Expressions;
using System.Reflection;
using Assist.Query.Metadata;

namespace Assist.Query.Local;

/// <summary>
/// The tables a query reads: its table sources, queries it captured (subqueries), and the targets of the
/// navigations it calls (a to-one, to-many or xref navigation reads its target; an xref also reads external_references).
/// </summary>
internal static class QueryTables
{
    /// <summary>Every table the query's expression reads, once each.</summary>
    public static IReadOnlyList<TableMetadata> Of(Expression expression)
    {
        var collector = new Collector();
        collector.Visit(expression);
        return collector.Tables.Values.ToList();
    }

    private sealed class Collector : ExpressionVisitor
    {
        private readonly HashSet<Expression> _seen = new(ReferenceEqualityComparer.Instance);

        public Dictionary<string, TableMetadata> Tables { get; } = new(StringComparer.Ordinal);

        protected override Expression VisitConstant(ConstantExpression node)
        {
            Inspect(node.Value);
            return base.VisitConstant(node);
        }

        // Captured variables are fields of a closure constant; a captured query is read through them.
        protected override Expression VisitMember(MemberExpression node)
        {
            if (node.Expression is ConstantExpression { Value: { } closure })
            {
                var value = node.Member switch
                {
                    FieldInfo field => field.GetValue(closure),
                    PropertyInfo { GetMethod.IsStatic: false } property when property.GetIndexParameters().Length == 0 => property.GetValue(closure),
                    _ => null,
                };
                Inspect(value);
            }
            else if (node.Expression is null && node.Member is FieldInfo { IsStatic: true } staticField)
            {
                Inspect(staticField.GetValue(null));
            }

            return base.VisitMember(node);
        }

        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (node.Method.DeclaringType is { } declaring && LakeModel.FindNavigation(declaring, node.Method.Name) is { } navigation)
            {
                Add(LakeModel.FindTable(navigation.TargetType));
                if (navigation.Kind is NavigationKind.Xref or NavigationKind.ExternalReference && LakeModel.FindXref(declaring) is { } xref)
                {
                    Add(LakeModel.FindTable(xref.EntityType));
                }
            }

            return base.VisitMethodCall(node);
        }

        private void Inspect(object? value)
        {
            if (value is IQueryRoot root)
            {
                Add(root.Table);
            }
            else if (value is IQueryExpression query && _seen.Add(query.Expression))
            {
                Visit(query.Expression);
            }
        }

        private void Add(TableMetadata? table)
        {
            if (table is not null)
            {
                Tables.TryAdd(table.QualifiedName, table);
            }
        }
    }
}
