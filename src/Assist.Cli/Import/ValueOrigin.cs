namespace Assist.Cli.Import;

/// <summary>Where an imported lake value comes from (the Origin column of docs/import.md and of _provenance.json).</summary>
internal enum ValueOrigin
{
    /// <summary>The platform's own value, copied from the file (at most converted: Unix seconds to a timestamp).</summary>
    Platform,

    /// <summary>Computed from the file's values (a minimum, a count, a flag read from another column).</summary>
    Derived,

    /// <summary>Made up by the importer because the file does not have it (ids, times, assignments); deterministic.</summary>
    Synthesized,
}
