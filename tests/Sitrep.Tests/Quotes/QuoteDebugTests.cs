using Sitrep.Quotes;
using Sitrep.Tests.Support;
using Xunit.Abstractions;

namespace Sitrep.Tests.Quotes;

public class QuoteDebugTests(ITestOutputHelper output)
{
    [Fact]
    public void Debug()
    {
        var text = File.ReadAllText("/tmp/ptrain/text/breitbart_2016-02-02_red-hot-chili-peppers-in-final-s.txt");
        var doc = Some.Tokenized(text);
        foreach (var s in doc.Sentences)
        {
            output.WriteLine($"S {s.FirstToken}-{s.EndToken}: {doc.TextOf(s.Span)}");
        }

        var marks = typeof(QuoteStage).Assembly.GetType("Sitrep.Quotes.QuoteMarks")!;
        var regionType = typeof(QuoteStage).Assembly.GetType("Sitrep.Quotes.QuotedRegion")!;
        var list = (System.Collections.IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(regionType))!;
        marks.GetMethod("Find")!.Invoke(null, [text, list]);
        foreach (var r in list)
        {
            output.WriteLine($"R {r}");
        }

        new QuoteStage().Process(doc, default);
        foreach (var q in doc.Quotes)
        {
            output.WriteLine($"Q {q.Kind} [{(q.Speaker is { } sp ? doc.TextOf(sp) : "")}] <{(q.Cue is { } c ? doc.TextOf(c) : "")}> {doc.TextOf(q.Content)}");
        }
    }
}
