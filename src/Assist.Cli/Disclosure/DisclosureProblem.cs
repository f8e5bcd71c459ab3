using System.Globalization;

namespace Assist.Cli.Disclosure;

/// <summary>
/// An input the disclosure rules cannot work on (a rules file, review.json or a results file), printed as compilers
/// print errors: <c>file(line,col): error: message</c>, or <c>file: error: message</c> when there is no position.
/// </summary>
/// <param name="File">The file as the user named it.</param>
/// <param name="Line">1-based line, or 0 when the problem is the file as a whole.</param>
/// <param name="Column">1-based character column on that line, or 0.</param>
/// <param name="Message">What is wrong and what was expected.</param>
internal sealed record DisclosureProblem(string File, long Line, long Column, string Message)
{
    /// <inheritdoc />
    public override string ToString() => Line > 0
        ? string.Create(CultureInfo.InvariantCulture, $"{File}({Line},{Column}): error: {Message}")
        : $"{File}: error: {Message}";
}

/// <summary>Thrown when an input of the disclosure rules is refused; carries every problem found.</summary>
internal sealed class DisclosureInputException : Exception
{
    /// <summary>One problem.</summary>
    public DisclosureInputException(DisclosureProblem problem)
        : this([problem])
    {
    }

    /// <summary>Several problems, in the order they were found.</summary>
    public DisclosureInputException(IReadOnlyList<DisclosureProblem> problems)
        : base(string.Join("\n", problems))
    {
        Problems = problems;
    }

    /// <summary>The problems.</summary>
    public IReadOnlyList<DisclosureProblem> Problems { get; }
}
