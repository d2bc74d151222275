using System.Globalization;
using Sitrep.Entities;
using Sitrep.Events;
using Sitrep.Figures;
using Sitrep.Pipeline;
using Sitrep.Places;
using Sitrep.Quotes;
using Sitrep.Tests.Support;
using Sitrep.Text;
using Sitrep.Time;

namespace Sitrep.Tests.Events;

/// <summary>The learned event-sentence proposer (docs/events.md, "Learned sentence proposer"): its file, its training, its hook.</summary>
public sealed class EventSentenceModelTests
{
    private static string GoldPath => Path.Combine(Paths.RepoRoot, "tests", "Sitrep.Tests", "Events", "events.gold.tsv");

    [Fact]
    public void The_shipped_model_loads_with_one_label_per_event_class()
    {
        var model = EventSentenceModel.Shared;
        Assert.True(model.FeatureCount > 0);
        Assert.Equal(EventClasses.All.Count, model.ClassCount);
    }

    [Fact]
    public void A_corrupted_model_file_is_refused_with_an_error_naming_it()
    {
        var path = Path.Combine(Path.GetTempPath(), $"evsent-{Guid.NewGuid():N}.bin");
        try
        {
            EventSentenceModel.Shared.Save(path);
            var bytes = File.ReadAllBytes(path);
            bytes[bytes.Length / 2] ^= 0x5A;
            File.WriteAllBytes(path, bytes);
            var error = Assert.Throws<ModelFormatException>(() => EventSentenceModel.Load(path));
            Assert.Contains(path, error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_model_of_another_kind_is_refused()
    {
        var path = Path.Combine(Path.GetTempPath(), $"evsent-{Guid.NewGuid():N}.bin");
        try
        {
            CueModel.Shared.Save(path);
            Assert.Throws<ModelFormatException>(() => EventSentenceModel.Load(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Held_out_portions_are_blind_three_and_above()
    {
        Assert.True(EventSentenceTrainer.IsHeldOut("blind-3"));
        Assert.True(EventSentenceTrainer.IsHeldOut("blind-12"));
        Assert.False(EventSentenceTrainer.IsHeldOut("blind"));
        Assert.False(EventSentenceTrainer.IsHeldOut("blind-2"));
        Assert.False(EventSentenceTrainer.IsHeldOut("development-3"));
    }

    [Fact]
    public void Without_the_model_the_stage_codes_the_rules_alone()
    {
        var doc = Some.Tokenized("The minister has blasted the decision. Russian forces shelled Kharkiv on Sunday.");
        new EventStage(new EventOptions { UseSentenceModel = false }).Process(doc, CancellationToken.None);
        Assert.Equal([EventClasses.Assault], doc.Events.Select(e => e.Class));
    }

    [SkippableFact]
    public void Training_twice_on_the_same_articles_writes_byte_identical_models()
    {
        Skip.If(Paths.SharedData is null, "../shared/data is absent");
        var dir = Path.Combine(Paths.SharedData!, "ukraine-news", "articles");
        var upstream = new PipelineBuilder().UseText().UseEntities().UseTimes().UseFigures().UseQuotes().UsePlaces().Build();
        var articles = new List<EventSentenceTrainer.Article>();
        foreach (var group in EventEvaluation.ParseGold(GoldPath).Where(g => !EventSentenceTrainer.IsHeldOut(g.Portion)).GroupBy(g => g.File).Take(12))
        {
            var published = DateOnly.ParseExact(group.Key[..8], "yyyyMMdd", CultureInfo.InvariantCulture);
            var doc = upstream.Analyze(group.Key, File.ReadAllText(Path.Combine(dir, group.Key)), published);
            articles.Add(EventSentenceTrainer.Prepare(doc, group.ToList()));
        }

        var first = Path.Combine(Path.GetTempPath(), $"evsent-a-{Guid.NewGuid():N}.bin");
        var second = Path.Combine(Path.GetTempPath(), $"evsent-b-{Guid.NewGuid():N}.bin");
        try
        {
            EventSentenceTrainer.Train(articles, epochs: 2, seed: 1, _ => { }).Save(first);
            EventSentenceTrainer.Train(articles, epochs: 2, seed: 1, _ => { }).Save(second);
            Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
            Assert.True(EventSentenceModel.Load(first).FeatureCount > 0);
        }
        finally
        {
            File.Delete(first);
            File.Delete(second);
        }
    }
}
