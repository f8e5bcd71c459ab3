namespace Assist.TestKit;

/// <summary>The node process behind the Trino grammar check died or hung; the next call starts a new one.</summary>
public sealed class TrinoCheckDiedException : Exception
{
    public TrinoCheckDiedException(string message)
        : base(message)
    {
    }

    public TrinoCheckDiedException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
