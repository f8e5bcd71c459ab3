using System.Collections.Generic;

namespace Assist.Schema.Drift;

/// <summary>What a live lake says it holds: from an information_schema export or from a folder of Parquet files.</summary>
/// <param name="Source">The CSV file or lake folder it was read from.</param>
/// <param name="Spelling">How its column types are spelt.</param>
/// <param name="Tables">Its tables, sorted by qualified name.</param>
public sealed record ObservedLake(string Source, TypeSpelling Spelling, IReadOnlyList<ObservedTable> Tables);
