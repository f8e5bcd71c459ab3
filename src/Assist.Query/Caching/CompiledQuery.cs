using Assist.Query.Ast;
using Assist.Query.Dialects;
using Assist.Query.Translation;

namespace Assist.Query.Caching;

/// <summary>One translated query shape for one dialect: its SQL template and row shape (and, once run, its materializer).</summary>
internal sealed class CompiledQuery
{
    public CompiledQuery(SqlTemplate template, Shape shape, SqlStatement statement)
    {
        Template = template;
        Shape = shape;
        Statement = statement;
    }

    public SqlTemplate Template { get; }

    public Shape Shape { get; }

    /// <summary>The translated statement the template was emitted from: the review reads tables and columns from it.</summary>
    public SqlStatement Statement { get; }

    /// <summary>The compiled row reader (a <c>Func&lt;DbDataReader, T&gt;</c>), built on first execution.</summary>
    public Delegate? Materializer { get; set; }
}
