using Assist.Query.Metadata;
using Assist.Query.Translation;
using Xunit;
using AstType = Assist.Query.Ast.SqlType;
using AstTypeKind = Assist.Query.Ast.SqlTypeKind;
using LakeType = Assist.Schema.Model.SqlType;
using LakeTypeKind = Assist.Schema.Model.SqlTypeKind;

namespace Assist.Query.Tests.ColumnTypes;

/// <summary>
/// A column's SQL type in the query AST comes from the structured type the generator emitted, not from its CLR type:
/// a <c>decimal(10,2)</c> column stays <c>decimal(10,2)</c> (from <c>decimal</c> it used to become <c>decimal(38,10)</c>).
/// </summary>
public sealed class ColumnTypeTests
{
    private static readonly TableMetadata Prices = new(
        "cas_core",
        "student_data",
        "prices",
        typeof(object),
        [
            new ColumnMetadata("amount", "Amount", LakeType.DecimalOf(10, 2), typeof(decimal?), IsNullable: true, IsPii: false, Description: null),
            new ColumnMetadata("wide", "Wide", LakeType.DecimalOf(20, 0), typeof(decimal), IsNullable: false, IsPii: false, Description: null),
            new ColumnMetadata("at", "At", LakeType.TimestampOf(6, withTimeZone: true), typeof(DateTimeOffset), IsNullable: false, IsPii: false, Description: null),
        ],
        [],
        null);

    [Theory]
    [InlineData("amount", 10, 2)]
    [InlineData("wide", 20, 0)]
    public void A_decimal_column_keeps_its_precision_and_scale_in_the_ast(string column, int precision, int scale)
    {
        var shape = new EntityShape(Prices, "p", owner: null!, optional: false);

        var sql = shape.Column(column);

        Assert.Equal(new AstType(AstTypeKind.Decimal, precision, scale), sql.Type);
    }

    [Fact]
    public void The_metadata_spells_the_structured_type_in_athena_dml()
    {
        Assert.Equal(["decimal(10,2)", "decimal(20,0)", "timestamp(6) with time zone"], Prices.Columns.Select(c => c.SqlType));
    }

    [Theory]
    [InlineData(LakeTypeKind.Boolean, "Boolean")]
    [InlineData(LakeTypeKind.Integer, "Integer")]
    [InlineData(LakeTypeKind.Bigint, "BigInt")]
    [InlineData(LakeTypeKind.Real, "Real")]
    [InlineData(LakeTypeKind.Double, "Double")]
    [InlineData(LakeTypeKind.Varchar, "Varchar")]
    [InlineData(LakeTypeKind.Date, "Date")]
    [InlineData(LakeTypeKind.Varbinary, "Unknown")]
    public void Every_simple_lake_type_has_its_ast_kind(LakeTypeKind lake, string ast)
    {
        Assert.Equal(ast, AstType.FromLake(LakeType.Simple(lake)).Kind.ToString());
    }

    [Fact]
    public void Timestamps_and_nested_types_map_to_their_ast_kinds()
    {
        Assert.Equal(AstType.Timestamp, AstType.FromLake(LakeType.TimestampOf(6, withTimeZone: false)));
        Assert.Equal(AstType.TimestampTz, AstType.FromLake(LakeType.TimestampOf(6, withTimeZone: true)));
        Assert.Equal(AstType.Unknown, AstType.FromLake(LakeType.ArrayOf(LakeType.Simple(LakeTypeKind.Bigint))));
    }
}
