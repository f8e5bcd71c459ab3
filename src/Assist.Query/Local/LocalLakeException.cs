namespace Assist.Query;

/// <summary>
/// The local lake cannot be used as asked: the folder is missing, a table has no files, a file is not Parquet or its
/// columns do not match the schema. The message names the folder, file, table or column.
/// </summary>
public sealed class LocalLakeException : Exception
{
    /// <summary>Creates the exception.</summary>
    public LocalLakeException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public LocalLakeException(string message, Exception inner) : base(message, inner)
    {
    }

    /// <summary>Creates the exception without a message.</summary>
    public LocalLakeException()
    {
    }
}
