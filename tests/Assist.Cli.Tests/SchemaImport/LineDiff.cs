namespace Assist.Cli.Tests.SchemaImport;

/// <summary>The lines two texts differ in (<c>-old</c>, <c>+new</c>, in order), by longest common subsequence.</summary>
internal static class LineDiff
{
    public static IReadOnlyList<string> Of(string before, string after)
    {
        var a = before.Split('\n');
        var b = after.Split('\n');
        var common = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                common[i, j] = a[i] == b[j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }

        var changes = new List<string>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                x++;
                y++;
            }
            else if (x < a.Length && (y == b.Length || common[x + 1, y] >= common[x, y + 1]))
            {
                changes.Add("-" + a[x++]);
            }
            else
            {
                changes.Add("+" + b[y++]);
            }
        }

        return changes;
    }
}
