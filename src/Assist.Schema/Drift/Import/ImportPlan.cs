using System.Collections.Generic;

namespace Assist.Schema.Drift.Import;

/// <summary>What an import changes: the files to write, and one report line per change or finding.</summary>
/// <param name="Writes">Files to write (changed or new); none when the YAML already matches.</param>
/// <param name="Report">One line per table or column added, type changed, or table, column or nullability the lake disagrees on.</param>
public sealed record ImportPlan(IReadOnlyList<FileWrite> Writes, IReadOnlyList<string> Report);
