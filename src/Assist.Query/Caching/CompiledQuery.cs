using System.Data.Common;
using Assist.Query.Ast;
using Assist.Query.Execution;
using Assist.Query.Dialects;
using Assist.Query.Translation;

namespace Assist.Query.Caching;

/// <summary>One translated query shape for one dialect: its SQL template and row shape (and, once run, its materializer).</summary>
internal sealed class CompiledQuery
{
    public CompiledQuery(SqlTemplate template, Shape shape, SqlStatement statement, IReadOnlyList<ValueCheck> valueChecks)
    {
        Template = template;
        Shape = shape;
        Statement = statement;
        ValueChecks = [.. valueChecks];
    }

    /// <summary>Rules on captured values (run on every bind: the cache is keyed by shape, not by value).</summary>
    public ValueCheck[] ValueChecks { get; }

    public SqlTemplate Template { get; }

    public Shape Shape { get; }

    /// <summary>The translated statement the template was emitted from: the review reads tables and columns from it.</summary>
    public SqlStatement Statement { get; }

    // Materializers by the provider's field types: the same shape read through readers that type a column differently
    // (DuckDB's HUGEINT or BIGINT sums, a Parquet file's INTEGER or BIGINT) gets a reader of its own. Copy on write.
    private (Type[] Fields, Delegate Materialize)[] _materializers = [];

    /// <summary>The row reader for this shape and the reader's field types, compiled on first use.</summary>
    public Func<DbDataReader, T> Materializer<T>(DbDataReader reader)
    {
        var fields = new Type[reader.FieldCount];
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = reader.GetFieldType(i);
        }

        foreach (var (known, materialize) in _materializers)
        {
            if (known.AsSpan().SequenceEqual(fields))
            {
                return (Func<DbDataReader, T>)materialize;
            }
        }

        var created = MaterializerFactory.Create<T>(Shape, reader);
        _materializers = [.. _materializers, (fields, created)];
        return created;
    }
}
