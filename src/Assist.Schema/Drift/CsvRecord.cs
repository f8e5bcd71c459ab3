using System.Collections.Generic;

namespace Assist.Schema.Drift;

/// <summary>One CSV record and the 1-based line it starts on.</summary>
/// <param name="Line">The line the record starts on (a quoted field may span lines).</param>
/// <param name="Fields">Its fields, unquoted.</param>
internal sealed record CsvRecord(int Line, IReadOnlyList<string> Fields);
