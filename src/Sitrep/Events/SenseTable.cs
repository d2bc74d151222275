using System.Collections.Frozen;
using System.Globalization;

namespace Sitrep.Events;

/// <summary>How a collocation row of <c>senses.tsv</c> is matched after its trigger.</summary>
public enum SenseRelation
{
    /// <summary>A word of the row's list stands within reach words after the trigger, in its clause ("struck a bellicose tone").</summary>
    After,

    /// <summary>"of" follows the trigger and no weapon word or trigger stands within reach words after it ("a barrage of sanctions").</summary>
    OfUnarmed,
}

/// <summary>One collocation that takes a trigger lemma out of its class.</summary>
public sealed record SenseCollocation(SenseRelation Relation, int Reach, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Words);

/// <summary>
/// The collocations of <c>Events/Data/senses.tsv</c> by trigger lemma: light-verb and noun collocations in which a trigger word
/// has another sense in general English ("strike a chord", "a barrage of questions", "the fight against corruption").
/// </summary>
public sealed class SenseTable
{
    private static readonly Lazy<SenseTable> DefaultTable = new(() => Parse(EventLexicon.ReadResource("senses.tsv")));

    private readonly FrozenDictionary<string, SenseCollocation[]> _byLemma;

    private SenseTable(FrozenDictionary<string, SenseCollocation[]> byLemma) => _byLemma = byLemma;

    /// <summary>The table shipped with Sitrep.</summary>
    public static SenseTable Default => DefaultTable.Value;

    /// <summary>The collocations of a trigger lemma, or an empty span.</summary>
    public ReadOnlySpan<SenseCollocation> For(string lemma) => _byLemma.TryGetValue(lemma, out var rows) ? rows : [];

    public static SenseTable Parse(string tsv)
    {
        var byLemma = new Dictionary<string, List<SenseCollocation>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (n, cols) in EventLexicon.Rows(tsv, "senses.tsv"))
        {
            if (cols.Length != 4)
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"senses.tsv line {n}: expected 4 columns, found {cols.Length}"));
            }

            var relation = cols[1] switch
            {
                "after" => SenseRelation.After,
                "of-unarmed" => SenseRelation.OfUnarmed,
                _ => throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"senses.tsv line {n}: unknown relation '{cols[1]}'")),
            };
            if (!int.TryParse(cols[2], NumberStyles.None, CultureInfo.InvariantCulture, out int reach) || reach < 1)
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"senses.tsv line {n}: reach '{cols[2]}' is not a positive number"));
            }

            var words = cols[3] == "-" ? [] : cols[3].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (relation == SenseRelation.After && words.Length == 0)
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"senses.tsv line {n}: the relation 'after' needs words"));
            }

            var set = words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
            if (!byLemma.TryGetValue(cols[0], out var list))
            {
                byLemma[cols[0]] = list = [];
            }

            list.Add(new SenseCollocation(relation, reach, set));
        }

        return new SenseTable(byLemma.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.OrdinalIgnoreCase));
    }
}
