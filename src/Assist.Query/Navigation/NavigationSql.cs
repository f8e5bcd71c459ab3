using Assist.Query.Ast;
using Assist.Query.Translation;
using Assist.Schema;
using TableDef = Assist.Schema.Model.TableDef;
using XrefDef = Assist.Schema.Model.XrefDef;
using Assist.Schema.Navigation;

namespace Assist.Query.Navigation;

/// <summary>
/// A planned navigation (<see cref="NavigationPlanner"/>) as the statement the compiler emits for it: the declaring
/// table as <c>t0</c>, the navigation's joins, and two columns, the declaring row's join column and the reached row's
/// key. The data dictionary shows this SQL; it is the SQL of the C# query
/// <c>from s in T select new { SourceColumn = s.SourceColumn, MethodName = s.Method().Key }</c> (for a to-many
/// navigation, <c>from s in T from r in s.Method() select new { ..., MethodName = r.Key }</c>), because the ON
/// conditions come from the translator's own builders and the text from the dialect's emitter.
/// </summary>
public static class NavigationSql
{
    /// <summary>The statement for <paramref name="navigation"/> of <paramref name="plan"/>, in <paramref name="dialect"/>.</summary>
    public static SqlText Render(LakeNavigation navigation, NavigationPlan plan, SqlDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(navigation);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(dialect);
        var source = new Side(navigation.Table, "t0");
        var joins = new List<SqlJoin>();
        var kind = navigation.IsOptional ? SqlJoinKind.Left : SqlJoinKind.Inner;
        Side reached;
        switch (navigation.Kind)
        {
            case LakeNavigationKind.ToOne:
            case LakeNavigationKind.ToMany:
                reached = new Side(navigation.Target, "t1");
                joins.Add(reached.Join(kind, NavigationJoins.ForeignKey(reached.Column(navigation.TargetColumn), source.Column(navigation.SourceColumn))));
                break;

            case LakeNavigationKind.Xref:
                {
                    var xref = Xref(plan);
                    var reference = new Side(plan.XrefTable!, "t1");
                    reached = new Side(navigation.Target, "t2");
                    joins.Add(reference.Join(kind, NavigationJoins.XrefById(
                        reference.Column(xref.IdColumn), source.Column(navigation.SourceColumn), reference.Column(xref.TypeColumn), navigation.XrefTypeId ?? 0)));
                    joins.Add(reached.Join(kind, NavigationJoins.XrefTarget(reached.Column(navigation.TargetColumn), reference.Column(xref.TargetColumn))));
                    break;
                }

            default:
                {
                    var xref = Xref(plan);
                    reached = new Side(plan.XrefTable!, "t1");
                    var partner = new SqlLiteral(navigation.DefaultPartner?.Value ?? 0, SqlType.Integer);
                    joins.Add(reached.Join(kind, NavigationJoins.ExternalReference(
                        reached.Column(xref.TargetColumn), source.Column(navigation.SourceColumn), reached.Column(xref.TypeColumn), navigation.XrefTypeId ?? 0,
                        reached.Column(xref.PartnerColumn), partner)));
                    break;
                }
        }

        var projections = new[]
        {
            new SqlProjection(source.Column(navigation.SourceColumn), Naming.PascalCase(navigation.SourceColumn)),
            new SqlProjection(reached.Column(NavigationPlanner.KeyColumn(reached.Table)), navigation.MethodName),
        };
        var select = new SqlSelect(source.Source(), joins, null, [], null, projections, false, [], null, null);
        return dialect.CreateEmitter().Emit(new SqlStatement([], select)).Render([]);
    }

    private static XrefDef Xref(NavigationPlan plan) =>
        plan.Xref ?? throw new ArgumentException("The plan has no resolved xref section, so it cannot have xref navigations.", nameof(plan));

    // A table under an alias, with its columns typed from the schema as the translator types them from the metadata.
    private sealed record Side(TableDef Table, string Alias)
    {
        public SqlTable Source() => new(Table.Catalog, Table.Schema, Table.Name, Alias);

        public SqlJoin Join(SqlJoinKind kind, SqlExpr on) => new(kind, Source(), on);

        public SqlColumn Column(string name)
        {
            var type = Table.Columns.FirstOrDefault(c => c.Name == name)?.Type;
            return new SqlColumn(Alias, name, type is null ? SqlType.Unknown : SqlType.FromLake(type));
        }
    }
}
