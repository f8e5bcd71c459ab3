using Assist.Query.Generative.Lake.GenCore.School;

namespace Assist.Query.Generative.Tests.Data;

/// <summary>The rows of one example: inserted into DuckDB and read by the LINQ-to-Objects reference.</summary>
public sealed record LakeRows(IReadOnlyList<SchoolClass> Classes, IReadOnlyList<Student> Students, IReadOnlyList<Log> Logs)
{
    public int Count => Classes.Count + Students.Count + Logs.Count;
}
