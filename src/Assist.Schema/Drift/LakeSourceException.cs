using System;

namespace Assist.Schema.Drift;

/// <summary>A lake source that cannot be read: the message names the file and the line, or the file and the column.</summary>
public sealed class LakeSourceException : Exception
{
    /// <summary>Creates the exception with its message.</summary>
    public LakeSourceException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its message and cause.</summary>
    public LakeSourceException(string message, Exception inner)
        : base(message, inner)
    {
    }

    /// <summary>Creates the exception without a message (for serializers).</summary>
    public LakeSourceException()
    {
    }
}
