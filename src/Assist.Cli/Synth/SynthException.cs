namespace Assist.Cli.Synth;

/// <summary>A synthetic lake cannot be made as asked (bad option, a schema the generator cannot honour); the message says why.</summary>
internal sealed class SynthException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SynthException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public SynthException(string message, Exception inner) : base(message, inner)
    {
    }
}
