using System.Globalization;

namespace Sitrep.Evaluation;

/// <summary>Conventions of the development corpora's file names.</summary>
public static class CorpusFiles
{
    /// <summary>The ukraine-news article names start with their publication time ("20241118T093000Z_...").</summary>
    public static DateOnly? PublishedFromName(string file)
        => file.Length >= 8 && DateOnly.TryParseExact(file.AsSpan(0, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
