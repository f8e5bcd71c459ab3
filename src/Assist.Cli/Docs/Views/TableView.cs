namespace Assist.Cli.Docs.Views;

/// <summary>One table with everything a researcher needs to query it.</summary>
/// <param name="Name">The table name (also its anchor).</param>
/// <param name="QualifiedName"><c>catalog.schema.table</c>.</param>
/// <param name="Summary">The description's first sentence, for lists.</param>
/// <param name="Description">The whole description.</param>
/// <param name="ApproxRows">The documented row count, formatted, or "not documented".</param>
/// <param name="PrimaryKey">The primary key, formatted, or "none declared".</param>
/// <param name="TimeColumn">The time column, formatted, or empty.</param>
/// <param name="Provenance">Provenance and source tags.</param>
/// <param name="Aliases">Other names of the table, or empty.</param>
/// <param name="Entity">The generated entity's full name.</param>
/// <param name="TableSource">The generated table source expression (<c>Lake.CasCore.StudentData.ProblemLogs</c>).</param>
/// <param name="PiiColumns">The personal-data columns, formatted, or empty.</param>
/// <param name="Person">The person path (disclosure control: who a row describes), formatted.</param>
/// <param name="Columns">The columns in declaration order.</param>
/// <param name="Parents">Joins along this table's foreign keys.</param>
/// <param name="Children">Joins from tables whose foreign keys point here.</param>
/// <param name="Xrefs">Joins along this table's xid columns, through external_references.</param>
/// <param name="Referrers">Joins from xid columns that point at this table, and to its external reference.</param>
/// <param name="Targets">For the external references table: joins from a reference to the row it names.</param>
internal sealed record TableView(
    string Name,
    string QualifiedName,
    string Summary,
    string Description,
    string ApproxRows,
    string PrimaryKey,
    string TimeColumn,
    string Provenance,
    string Aliases,
    string Entity,
    string TableSource,
    string PiiColumns,
    string Person,
    IReadOnlyList<ColumnView> Columns,
    IReadOnlyList<JoinView> Parents,
    IReadOnlyList<JoinView> Children,
    IReadOnlyList<JoinView> Xrefs,
    IReadOnlyList<JoinView> Referrers,
    IReadOnlyList<JoinView> Targets);
