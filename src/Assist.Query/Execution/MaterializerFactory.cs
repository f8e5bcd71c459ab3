using System.Data.Common;
using System.Linq.Expressions;
using System.Numerics;
using System.Reflection;
using Assist.Query.Translation;

namespace Assist.Query.Execution;

/// <summary>
/// Compiles, once per query shape, a row reader <c>Func&lt;DbDataReader, T&gt;</c>: typed getters (GetFieldValue of the
/// provider's own column type, then a conversion to the C# type: HUGEINT to long, integers to enums, long to int …),
/// init properties for entities, constructors for anonymous types, records and tuples. No per-row reflection.
/// </summary>
internal static class MaterializerFactory
{
    private static readonly MethodInfo s_isDbNull = typeof(DbDataReader).GetMethod(nameof(DbDataReader.IsDBNull), [typeof(int)])!;
    private static readonly MethodInfo s_getFieldValue = typeof(DbDataReader).GetMethod(nameof(DbDataReader.GetFieldValue), [typeof(int)])!;
    private static readonly MethodInfo s_getValue = typeof(DbDataReader).GetMethod(nameof(DbDataReader.GetValue), [typeof(int)])!;
    private static readonly MethodInfo s_providerValue = typeof(ProviderValues).GetMethod(nameof(ProviderValues.Read))!;
    private static readonly MethodInfo s_nullError = typeof(MaterializerFactory).GetMethod(nameof(NullError), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>Builds the reader for <paramref name="shape"/>, using the provider's field types of the open reader.</summary>
    public static Func<DbDataReader, T> Create<T>(Shape shape, DbDataReader sample)
    {
        var reader = Expression.Parameter(typeof(DbDataReader), "reader");
        var ordinal = 0;
        var body = Build(shape, typeof(T), reader, sample, ref ordinal);
        return Expression.Lambda<Func<DbDataReader, T>>(Convert(body, typeof(T)), reader).Compile();
    }

    private static Expression Build(Shape shape, Type target, ParameterExpression reader, DbDataReader sample, ref int ordinal)
    {
        switch (shape)
        {
            case ScalarShape:
                return Read(reader, sample, ordinal++, target);
            case EntityShape entity:
                {
                    var first = ordinal;
                    var bindings = new List<MemberBinding>();
                    var presence = -1;
                    foreach (var column in entity.Table.Columns)
                    {
                        var property = entity.Table.EntityType.GetProperty(column.PropertyName)
                            ?? throw new InvalidOperationException($"{entity.Table.EntityType.Name} has no property {column.PropertyName}.");
                        if (entity.Table.PrimaryKey.Count > 0 && column.SqlName == entity.Table.PrimaryKey[0])
                        {
                            presence = ordinal;
                        }

                        bindings.Add(Expression.Bind(property, Read(reader, sample, ordinal++, property.PropertyType, entity.Optional)));
                    }

                    Expression init = Expression.MemberInit(Expression.New(entity.Table.EntityType), bindings);
                    if (entity.Optional)
                    {
                        // After a LEFT JOIN that found nothing, the row is null (as DefaultIfEmpty gives in C#).
                        init = Expression.Condition(Expression.Call(reader, s_isDbNull, Expression.Constant(presence < 0 ? first : presence)),
                            Expression.Constant(null, entity.Table.EntityType), init);
                    }

                    return init;
                }

            case CompositeShape composite:
                {
                    var parameters = composite.Constructor?.GetParameters() ?? [];
                    var args = new List<Expression>();
                    for (var i = 0; i < composite.Arguments.Count; i++)
                    {
                        args.Add(Build(composite.Arguments[i], parameters[i].ParameterType, reader, sample, ref ordinal));
                    }

                    var bindings = new List<MemberBinding>();
                    foreach (var binding in composite.Bindings)
                    {
                        var memberType = binding.Key is PropertyInfo p ? p.PropertyType : ((FieldInfo)binding.Key).FieldType;
                        bindings.Add(Expression.Bind(binding.Key, Build(binding.Value, memberType, reader, sample, ref ordinal)));
                    }

                    NewExpression created = composite.Constructor is null
                        ? Expression.New(composite.ClrType)
                        : composite.ArgumentMembers is { } members
                            ? Expression.New(composite.Constructor, args, members)
                            : Expression.New(composite.Constructor, args);
                    return bindings.Count == 0 ? created : Expression.MemberInit(created, bindings);
                }

            default:
                throw new NotSupportedException("Cannot materialize " + shape.GetType().Name + " as " + target.Name + ".");
        }
    }

    private static Expression Read(ParameterExpression reader, DbDataReader sample, int ordinal, Type target, bool forceNullable = false)
    {
        var providerType = sample.GetFieldType(ordinal);
        var value = ProviderValues.NeedsCopy(providerType, target)
            ? Expression.Call(s_providerValue.MakeGenericMethod(target), Expression.Call(reader, s_getValue, Expression.Constant(ordinal)))
            : Convert(Expression.Call(reader, Getter(providerType), Expression.Constant(ordinal)), target);
        var isNull = Expression.Call(reader, s_isDbNull, Expression.Constant(ordinal));
        Expression whenNull;
        if (!target.IsValueType || Nullable.GetUnderlyingType(target) is not null)
        {
            whenNull = Expression.Constant(null, target);
        }
        else if (forceNullable)
        {
            // A column of an absent LEFT JOIN row is never read (the row is null); the default keeps the tree typed.
            whenNull = Expression.Default(target);
        }
        else
        {
            whenNull = Expression.Call(s_nullError.MakeGenericMethod(target), Expression.Constant(ordinal), Expression.Constant(sample.GetName(ordinal)));
        }

        return Expression.Condition(isNull, whenNull, value);
    }

    // The reader's typed getters skip GetFieldValue<T>'s generic type dispatch on every value: the 1M-row read went
    // from 1.19x to 1.08x a hand-written typed-getter loop (bench/README.md, Assist.Bench.Lake).
    private static MethodInfo Getter(Type providerType) =>
        s_typedGetters.TryGetValue(providerType, out var getter) ? getter : s_getFieldValue.MakeGenericMethod(providerType);

    private static readonly Dictionary<Type, MethodInfo> s_typedGetters = new()
    {
        [typeof(long)] = typeof(DbDataReader).GetMethod(nameof(DbDataReader.GetInt64), [typeof(int)])!,
        [typeof(int)] = typeof(DbDataReader).GetMethod(nameof(DbDataReader.GetInt32), [typeof(int)])!,
        [typeof(double)] = typeof(DbDataReader).GetMethod(nameof(DbDataReader.GetDouble), [typeof(int)])!,
        [typeof(float)] = typeof(DbDataReader).GetMethod(nameof(DbDataReader.GetFloat), [typeof(int)])!,
        [typeof(bool)] = typeof(DbDataReader).GetMethod(nameof(DbDataReader.GetBoolean), [typeof(int)])!,
        [typeof(string)] = typeof(DbDataReader).GetMethod(nameof(DbDataReader.GetString), [typeof(int)])!,
        [typeof(DateTime)] = typeof(DbDataReader).GetMethod(nameof(DbDataReader.GetDateTime), [typeof(int)])!,
        [typeof(decimal)] = typeof(DbDataReader).GetMethod(nameof(DbDataReader.GetDecimal), [typeof(int)])!,
    };

    private static Expression Convert(Expression value, Type target)
    {
        if (value.Type == target)
        {
            return value;
        }

        var underlying = Nullable.GetUnderlyingType(target) ?? target;
        var core = underlying.IsEnum ? Enum.GetUnderlyingType(underlying) : underlying;
        Expression converted;
        if (value.Type == core)
        {
            converted = value;
        }
        else if (value.Type == typeof(DateOnly) && core == typeof(DateTime))
        {
            converted = Expression.Call(value, typeof(DateOnly).GetMethod(nameof(DateOnly.ToDateTime), [typeof(TimeOnly)])!, Expression.Constant(TimeOnly.MinValue));
        }
        else if (value.Type == typeof(DateTime) && core == typeof(DateOnly))
        {
            converted = Expression.Call(typeof(DateOnly).GetMethod(nameof(DateOnly.FromDateTime), [typeof(DateTime)])!, value);
        }
        else if (value.Type == typeof(BigInteger) || value.Type == typeof(Int128) || value.Type == typeof(UInt128))
        {
            converted = Expression.Convert(value, core);
        }
        else if (core == typeof(object))
        {
            converted = Expression.Convert(value, typeof(object));
        }
        else
        {
            converted = Expression.ConvertChecked(value, core);
        }

        if (core != underlying)
        {
            converted = Expression.Convert(converted, underlying);
        }

        return converted.Type == target ? converted : Expression.Convert(converted, target);
    }

    private static T NullError<T>(int ordinal, string name) =>
        throw new InvalidOperationException($"Column {ordinal} (\"{name}\") is NULL but the query reads it as non-nullable {typeof(T).Name}; make the C# type nullable.");
}
