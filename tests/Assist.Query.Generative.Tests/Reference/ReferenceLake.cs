using System.Collections;
using System.Reflection;
using Assist.Query.Generative.Lake.GenCore.School;
using Assist.Query.Generative.Tests.Data;
using Assist.Query.Metadata;

namespace Assist.Query.Generative.Tests.Reference;

/// <summary>
/// The LINQ-to-Objects meaning of the generated navigations, read from their metadata: a to-one navigation finds the
/// target row whose key equals the source column (null when there is none), a to-many navigation the child rows whose
/// foreign key equals the source key.
/// </summary>
public sealed class ReferenceLake(LakeRows rows)
{
    public object? ToOne(NavigationMetadata navigation, object source)
    {
        var key = Value(source, navigation.DeclaringType, navigation.SourceColumn);
        return key is null ? null : RowsOf(navigation.TargetType).Cast<object>().FirstOrDefault(t => Equals(Value(t, navigation.TargetType, navigation.TargetColumn), key));
    }

    public IEnumerable ToMany(NavigationMetadata navigation, object source)
    {
        var key = Value(source, navigation.DeclaringType, navigation.SourceColumn);
        var children = RowsOf(navigation.TargetType).Cast<object>()
            .Where(c => key is not null && Equals(Value(c, navigation.TargetType, navigation.TargetColumn), key));
        var typed = typeof(Enumerable).GetMethod(nameof(Enumerable.Cast))!.MakeGenericMethod(navigation.TargetType);
        return (IEnumerable)typed.Invoke(null, [children.ToList()])!;
    }

    public IEnumerable RowsOf(Type entityType) => entityType switch
    {
        _ when entityType == typeof(Log) => rows.Logs,
        _ when entityType == typeof(Student) => rows.Students,
        _ when entityType == typeof(SchoolClass) => rows.Classes,
        _ => throw new InvalidOperationException("The fixture has no rows of " + entityType.Name),
    };

    private static object? Value(object row, Type entityType, string sqlColumn)
    {
        var table = LakeModel.FindTable(entityType) ?? throw new InvalidOperationException("No table for " + entityType.Name);
        var column = table.Columns.Single(c => c.SqlName == sqlColumn);
        var value = entityType.GetProperty(column.PropertyName, BindingFlags.Public | BindingFlags.Instance)!.GetValue(row);

        // Keys compare as long whether the column is bigint or bigint NULL.
        return value is null ? null : Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
    }
}
