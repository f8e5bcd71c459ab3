using System.Globalization;
using System.Text;
using Assist.Cli.Disclosure.Rules;
using CsCheck;
using Xunit;

namespace Assist.Cli.Tests.Disclosure;

/// <summary>
/// Random aggregate tables (one-way with a total, two-way with both margins and a grand total; random persons,
/// counts, dominance shares and rule settings) through the release step, checked against the rules' promises by an
/// independent reading of the released file: no released value rests on fewer than k persons, every released count is a
/// multiple of the base, and no margin equation of the table has exactly one hidden member (which one subtraction
/// would recover).
/// </summary>
public sealed class DisclosurePropertyTests
{
    private static readonly FixtureOutput Table = new("table", ("Row", "key"), ("Col", "key"), ("Problems", "count"), ("Hints", "sum"));

    private static readonly Gen<RandomTable> Tables =
        from rows in Gen.Int[1, 5]
        from columns in Gen.Int[1, 4]
        from persons in Gen.Int[0, 30].Array[rows * columns]
        from extra in Gen.Int[0, 12].Array[rows * columns]
        from shares in Gen.Double[0, 1].Array[rows * columns]
        from k in Gen.Int[1, 15]
        from roundingBase in Gen.Int[1, 10]
        select new RandomTable(rows, columns, persons, extra, shares, k, roundingBase);

    [Fact]
    public void Released_tables_keep_the_rules_promises()
    {
        Tables.Sample(table =>
        {
            var rules = DisclosureRules.Defaults with { MinimumPersons = new(true, table.K), Rounding = new(true, table.Base) };
            var cells = table.Cells();
            var release = Release.Of(Table, table.Csv(cells), rules);
            var released = release.Tables["table"].Skip(1).ToList();

            for (var i = 0; i < cells.Count; i++)
            {
                for (var column = 2; column <= 3; column++)
                {
                    if (released[i][column] is { } value)
                    {
                        Assert.True(cells[i].Persons >= table.K, $"{cells[i]} released with {cells[i].Persons} < {table.K} persons");
                        if (column == 2)
                        {
                            Assert.Equal(0, long.Parse(value, CultureInfo.InvariantCulture) % table.Base);
                        }
                    }
                }
            }

            foreach (var equation in table.Equations(cells))
            {
                foreach (var column in new[] { 2, 3 })
                {
                    var hidden = equation.Count(i => released[i][column] is null);
                    Assert.True(hidden != 1, $"one hidden cell in {string.Join(" ", equation.Select(i => cells[i]))}, column {column}: {table}");
                }
            }
        }, iter: 300);
    }

    private sealed record Cell(string? Row, string? Col, long Persons, long Problems, long Hints, double Share);

    private sealed record RandomTable(int Rows, int Columns, int[] Persons, int[] Extra, double[] Shares, int K, int Base)
    {
        /// <summary>The interior cells, then the row margins, the column margins and the grand total (one-way: rows and the total).</summary>
        public List<Cell> Cells()
        {
            var inner = Enumerable.Range(0, Rows * Columns).Select(i => new Cell(
                "r" + (i / Columns), Columns == 1 ? null : "c" + (i % Columns), Persons[i], Persons[i] + Extra[i], 3 * Persons[i] + Extra[i], Shares[i])).ToList();
            var cells = new List<Cell>(inner);
            if (Columns > 1)
            {
                cells.AddRange(inner.GroupBy(c => c.Row).Select(g => Sum(g, g.Key, null)));
                cells.AddRange(inner.GroupBy(c => c.Col).Select(g => Sum(g, null, g.Key)));
            }

            cells.Add(Sum(inner, null, null));
            return cells;
        }

        /// <summary>Each margin and the cells it totals, as indexes into <see cref="Cells"/>.</summary>
        public IEnumerable<List<int>> Equations(List<Cell> cells)
        {
            int IndexOf(string? row, string? col) => cells.FindIndex(c => c.Row == row && c.Col == col);
            var rows = Enumerable.Range(0, Rows).Select(r => "r" + r).ToList();
            var columns = Columns == 1 ? [null] : Enumerable.Range(0, Columns).Select(c => (string?)("c" + c)).ToList();
            if (Columns == 1)
            {
                yield return [IndexOf(null, null), .. rows.Select(r => IndexOf(r, null))];
                yield break;
            }

            foreach (var row in rows)
            {
                yield return [IndexOf(row, null), .. columns.Select(c => IndexOf(row, c))];
            }

            foreach (var column in columns)
            {
                yield return [IndexOf(null, column), .. rows.Select(r => IndexOf(r, column))];
            }

            yield return [IndexOf(null, null), .. rows.Select(r => IndexOf(r, null))];
            yield return [IndexOf(null, null), .. columns.Select(c => IndexOf(null, c))];
        }

        public string Csv(List<Cell> cells)
        {
            var text = new StringBuilder("Row,Col,Problems,Hints,#persons,#top_share:Hints\n");
            foreach (var c in cells)
            {
                text.Append(CultureInfo.InvariantCulture, $"{c.Row},{c.Col},{c.Problems},{c.Hints},{c.Persons},{c.Share.ToString("R", CultureInfo.InvariantCulture)}\n");
            }

            return text.ToString();
        }

        // A margin's persons are the sum of its parts' (each person in one cell); its share is the largest part's share
        // scaled to the total, an upper bound of the true one.
        private static Cell Sum(IEnumerable<Cell> parts, string? row, string? col)
        {
            var list = parts.ToList();
            var hints = list.Sum(p => p.Hints);
            var top = list.Max(p => p.Share * p.Hints);
            return new Cell(row, col, list.Sum(p => p.Persons), list.Sum(p => p.Problems), hints, hints == 0 ? 0 : top / hints);
        }
    }
}
