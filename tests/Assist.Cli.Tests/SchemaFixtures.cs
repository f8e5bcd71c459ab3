using Assist.TestKit;
using Assist.Cli.Tests.Infrastructure;

namespace Assist.Cli.Tests;

/// <summary>Small schema folders written into a temp folder, so line numbers in expected diagnostics are visible here.</summary>
internal static class SchemaFixtures
{
    public const string LakeFile =
        """
        catalogs:
          cas_core:
            athena: { data_source: cas_core }
            duckdb: { attach_as: cas_core }

        """;

    /// <summary>A schema file with three mistakes: a misspelt key (so nullable is missing), and a type Athena has no name for.</summary>
    public const string BrokenSchemaFile =
        """
        catalog: cas_core
        schema: student_data
        description: Broken on purpose.
        tables:
          problem_logs:
            provenance: documented
            primary_key: [id]
            columns:
              - name: id
                type: bigint
                nulable: false
                provenance: documented
              - name: hint_count
                type: int
                nullable: false
                provenance: documented

        """;

    /// <summary>Writes a broken schema to <c>schema/</c> under <paramref name="directory"/>.</summary>
    public static void WriteBroken(TempFolder directory)
    {
        directory.Write("schema/lake.yaml", LakeFile);
        directory.Write("schema/cas_core/student_data.yaml", BrokenSchemaFile);
    }
}
