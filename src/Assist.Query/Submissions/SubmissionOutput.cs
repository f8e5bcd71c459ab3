namespace Assist.Submissions;

/// <summary>
/// A declared output, as <see cref="Submission.Output{T}"/> returns it: the handle a <see cref="Submission.Plot{T}"/>
/// names to draw from the output's rows, typed by the output's row type so that plot columns are checked by the compiler.
/// </summary>
/// <typeparam name="T">The output's row type.</typeparam>
public sealed class SubmissionOutput<T>
{
    internal SubmissionOutput(string name) => Name = name;

    /// <summary>The output's name (<c>curve_by_opportunity</c>): its rows are in <c>&lt;name&gt;.csv</c>.</summary>
    public string Name { get; }
}
