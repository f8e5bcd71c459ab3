namespace Assist.Schema;

/// <summary>
/// Every diagnostic code the schema loader and validator report. Codes are stable: a retired code stays here as a
/// comment and is never reused. docs/diagnostics.md explains each one with an example and a fix.
/// </summary>
public static class DiagnosticCodes
{
    // AS00xx: reading files and YAML syntax.

    /// <summary>The schema directory does not exist.</summary>
    public const string DirectoryNotFound = "AS0001";
    /// <summary>The YAML is malformed (the parser's message and position).</summary>
    public const string YamlSyntax = "AS0002";
    /// <summary>A tab character indents a line; YAML allows only spaces.</summary>
    public const string TabIndentation = "AS0003";
    /// <summary>The file is larger than the 16 MiB limit.</summary>
    public const string FileTooLarge = "AS0004";
    /// <summary>The file holds no YAML content (warning).</summary>
    public const string EmptyFile = "AS0005";
    /// <summary>Aliases expand to more than 1,000,000 nodes (an alias bomb).</summary>
    public const string AliasExpansionTooLarge = "AS0006";
    /// <summary>The file holds more than one YAML document.</summary>
    public const string MultipleDocuments = "AS0007";
    /// <summary>A merge key (<c>&lt;&lt;</c>) is used; merges hide which keys a mapping has.</summary>
    public const string MergeKey = "AS0008";
    /// <summary>A mapping has the same key twice.</summary>
    public const string DuplicateKey = "AS0009";
    /// <summary>The schema directory holds no <c>*.yaml</c> file.</summary>
    public const string NoSchemaFiles = "AS0010";
    /// <summary>A mapping key is a list or mapping instead of a plain name.</summary>
    public const string ComplexKey = "AS0011";
    /// <summary>A file could not be read (permissions, encoding, I/O).</summary>
    public const string FileUnreadable = "AS0012";
    /// <summary>An alias names an anchor that is not defined before it (or is its own ancestor).</summary>
    public const string UnknownAnchor = "AS0013";
    /// <summary>Lists and mappings nest more than 64 levels deep.</summary>
    public const string NestingTooDeep = "AS0014";

    // AS01xx: structure.

    /// <summary>A value has the wrong shape: a scalar where a mapping or list is expected, or the reverse, or no value.</summary>
    public const string WrongNodeKind = "AS0101";
    /// <summary>A key that the format does not define (a misspelling must not pass silently).</summary>
    public const string UnknownKey = "AS0102";
    /// <summary>A required key is missing.</summary>
    public const string MissingKey = "AS0103";
    /// <summary>A file mixes the keys of a lake file, an enumerations file and a schema file, or has none of them.</summary>
    public const string UnknownFileKind = "AS0104";
    /// <summary>A scalar value is not of the expected form (boolean, integer, number, provenance ...).</summary>
    public const string InvalidValue = "AS0105";
    /// <summary>A list or mapping that must not be empty is empty (a table without columns, an enumeration without values).</summary>
    public const string EmptyCollection = "AS0106";
    /// <summary>A catalog's <c>athena</c> mapping must have exactly one of <c>data_source</c> and <c>catalog_path</c>.</summary>
    public const string AthenaMapping = "AS0107";
    /// <summary>A schema file names a catalog that no lake file declares.</summary>
    public const string UndeclaredCatalog = "AS0108";
    /// <summary>More than one file declares the <c>xref</c> section.</summary>
    public const string DuplicateXrefSection = "AS0109";
    /// <summary>Two catalogs have the same name.</summary>
    public const string DuplicateCatalog = "AS0110";
    /// <summary>Two files declare the same schema of one catalog.</summary>
    public const string DuplicateSchema = "AS0111";
    /// <summary>Two tables of one schema have the same name.</summary>
    public const string DuplicateTable = "AS0112";
    /// <summary>Two columns of one table have the same name.</summary>
    public const string DuplicateColumn = "AS0113";
    /// <summary>Two enumerations have the same name.</summary>
    public const string DuplicateEnum = "AS0114";
    /// <summary>Two values of one enumeration have the same number.</summary>
    public const string DuplicateEnumValue = "AS0115";
    /// <summary>Two values of one enumeration have the same name.</summary>
    public const string DuplicateEnumValueName = "AS0116";
    /// <summary><c>primary_key</c> names a column the table does not have.</summary>
    public const string PrimaryKeyColumnMissing = "AS0117";
    /// <summary>A primary-key column is declared <c>nullable: true</c>.</summary>
    public const string NullablePrimaryKey = "AS0118";
    /// <summary><c>time_column</c> names a column the table does not have.</summary>
    public const string TimeColumnMissing = "AS0119";
    /// <summary><c>time_column</c> is not a <c>timestamp</c> or <c>date</c> column.</summary>
    public const string TimeColumnType = "AS0120";

    // AS02xx: types.

    /// <summary>The type text does not parse, or names no known type.</summary>
    public const string UnknownType = "AS0201";
    /// <summary>A type Athena's Iceberg tables cannot hold (<c>tinyint</c>, <c>smallint</c>, <c>char</c>) or bare <c>timestamp</c>.</summary>
    public const string RejectedType = "AS0202";
    /// <summary><c>decimal(p,s)</c> outside 1 &lt;= p &lt;= 38, 0 &lt;= s &lt;= p.</summary>
    public const string DecimalBounds = "AS0203";
    /// <summary><c>timestamp(p)</c> with p outside 0..6.</summary>
    public const string TimestampPrecision = "AS0204";
    /// <summary>A <c>row(...)</c> column: the generator does not map it to C# yet (warning).</summary>
    public const string RowTypeNotMapped = "AS0205";
    /// <summary>A <c>decimal(p,s)</c> column with p above 28: C#'s decimal cannot hold it, so the generator leaves it out (warning).</summary>
    public const string DecimalNotMapped = "AS0206";

    // AS03xx: references, xrefs and enumerations.

    /// <summary><c>references</c> is not of the form <c>catalog.schema.table.column</c>.</summary>
    public const string ReferenceFormat = "AS0301";
    /// <summary><c>references</c> names a table that does not exist.</summary>
    public const string ReferenceTableMissing = "AS0302";
    /// <summary><c>references</c> names a column its table does not have.</summary>
    public const string ReferenceColumnMissing = "AS0303";
    /// <summary>A foreign key's type differs from the type of the column it references.</summary>
    public const string ReferenceTypeMismatch = "AS0304";
    /// <summary>One column has both <c>references</c> and <c>xref</c>.</summary>
    public const string ReferenceAndXref = "AS0305";
    /// <summary>An xref kind is not a value of the xref type enumeration.</summary>
    public const string UnknownXrefKind = "AS0306";
    /// <summary>An xref kind has no target table in <c>xref.targets</c>.</summary>
    public const string XrefKindWithoutTarget = "AS0307";
    /// <summary>An xref column is not <c>bigint</c> (it holds <c>external_references.id</c>).</summary>
    public const string XrefColumnType = "AS0308";
    /// <summary>A column uses <c>xref</c> but no file declares the <c>xref</c> section.</summary>
    public const string XrefSectionMissing = "AS0309";
    /// <summary>An <c>enum</c> (or <c>xref.type_enum</c>/<c>partner_enum</c>) names no declared enumeration.</summary>
    public const string UnknownEnum = "AS0310";
    /// <summary>An enum column is not <c>integer</c> or <c>bigint</c>.</summary>
    public const string EnumColumnType = "AS0311";
    /// <summary>The <c>xref</c> section's table does not exist.</summary>
    public const string XrefTableMissing = "AS0312";
    /// <summary>The <c>xref</c> section names a column its table does not have.</summary>
    public const string XrefColumnMissing = "AS0313";
    /// <summary><c>xref.default_partner</c> is not a value of the partner enumeration.</summary>
    public const string UnknownDefaultPartner = "AS0314";
    /// <summary>An <c>xref.targets</c> table does not exist.</summary>
    public const string XrefTargetTableMissing = "AS0315";
    /// <summary>A table's <c>person:</c> path names a column that the table it has reached does not have.</summary>
    public const string PersonPathColumnMissing = "AS0316";
    /// <summary>A step of a <c>person:</c> path (every step but the last) is not a foreign key with <c>references:</c>, so the path cannot follow it.</summary>
    public const string PersonPathNotReference = "AS0317";
    /// <summary>A <c>person:</c> path's <c>when</c> names a column that is missing or not an enumeration column, or a value its enumeration does not have.</summary>
    public const string PersonPathCondition = "AS0318";

    // AS04xx: names.

    /// <summary>An identifier has upper-case letters (Athena lower-cases names, so they would not match).</summary>
    public const string UpperCaseIdentifier = "AS0401";
    /// <summary>An identifier is empty or has characters outside <c>[a-z0-9_]</c>.</summary>
    public const string InvalidIdentifierCharacter = "AS0402";
    /// <summary>An identifier starts with a digit.</summary>
    public const string LeadingDigit = "AS0403";
    /// <summary>An identifier is longer than 255 characters.</summary>
    public const string IdentifierTooLong = "AS0404";
    /// <summary>Two sibling names differ only by letter case.</summary>
    public const string CaseOnlyDifference = "AS0405";
    /// <summary>Two names map to the same generated C# name (properties, entities, table sources, enum types or members).</summary>
    public const string CSharpNameCollision = "AS0406";
    /// <summary>A navigation method has the name of a property of the same entity.</summary>
    public const string NavigationPropertyCollision = "AS0407";
    /// <summary>Two navigations of one entity have the same name (set <c>navigation</c> or <c>inverse_navigation</c>).</summary>
    public const string DuplicateNavigation = "AS0408";
    /// <summary>A member (property or navigation) has the name of its entity class, which C# forbids.</summary>
    public const string MemberNamedAsEntity = "AS0409";
    /// <summary>An <c>entity</c>, <c>navigation</c> or <c>inverse_navigation</c> override is not a C# identifier.</summary>
    public const string InvalidCSharpName = "AS0410";
}
