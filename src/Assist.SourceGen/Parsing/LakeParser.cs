using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Assist.Schema;
using Assist.SourceGen.Diagnostics;
using Assist.SourceGen.Infrastructure;
using Assist.SourceGen.Specs;

namespace Assist.SourceGen.Parsing;

/// <summary>
/// The schema step of the pipeline: all parsed YAML files to one <see cref="LakeSpec"/>. Each file was parsed alone
/// (and cached) before; combining and validation are cross-file (foreign keys and xrefs point into other files), so
/// they run here on the collected fragments.
/// Never throws: an unexpected failure becomes an ASG0001 diagnostic and an empty spec.
/// </summary>
internal static class LakeParser
{
    /// <summary>The namespace used when the consumer sets no <c>AssistLakeNamespace</c>.</summary>
    public const string DefaultRootNamespace = "Assist.Lake";

    /// <summary>Builds the whole spec of <paramref name="files"/> for <paramref name="rootNamespace"/> (tests and the phase timer).</summary>
    public static LakeSpec Parse(ImmutableArray<ParsedSchemaFile> files, string rootNamespace, CancellationToken cancellationToken) => LakeSpecBuilder.Assemble(Model(files, rootNamespace, cancellationToken));

    /// <summary>The cross-file step: combines and validates <paramref name="files"/> into the model the per-table steps read.</summary>
    public static LakeModel Model(ImmutableArray<ParsedSchemaFile> files, string rootNamespace, CancellationToken cancellationToken)
    {
        try
        {
            // Sorted by path so the spec does not depend on the order the compiler lists additional files in.
            var ordered = files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
            var texts = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var file in ordered)
            {
                texts[file.Path] = file.Text;
            }

            cancellationToken.ThrowIfCancellationRequested();
            var result = SchemaLoader.Combine(ordered.Select(f => f.Fragment));
            cancellationToken.ThrowIfCancellationRequested();
            return LakeSpecBuilder.BuildModel(result, rootNamespace, new DiagnosticLocator(texts));
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception exception)
        {
            return Failed(rootNamespace, exception);
        }
    }

    private static LakeModel Failed(string rootNamespace, Exception exception)
    {
        var error = new DiagnosticInfo(
            GeneratorDiagnosticCodes.InternalError,
            DiagnosticLevel.Error,
            "The Assist generator failed: " + exception.GetType().Name + ": " + exception.Message + " (please report this with the schema files).",
            "",
            0,
            0,
            0,
            0,
            0,
            0);
        return new LakeModel(
            new RootSpec(rootNamespace, EquatableArray<CatalogSpec>.Empty),
            EquatableArray<EnumSpec>.Empty,
            null,
            new[] { error }.ToEquatableArray(),
            ImmutableArray<EntityInput>.Empty);
    }
}
