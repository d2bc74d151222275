using Sitrep.Entities;

namespace Sitrep.Tests.Entities;

public class ModelFileTests
{
    private static byte[] ShippedBytes()
    {
        using var ms = new MemoryStream();
        EntityModels.Default.ChunkModel.Save(ms);
        return ms.ToArray();
    }

    private static ModelFormatException LoadFails(byte[] bytes)
        => Assert.Throws<ModelFormatException>(() => LinearModel.Load(bytes, "test.bin", "chunk", EntityModels.Default.ChunkModel.FeatureVersion));

    [Fact]
    public void Shipped_models_load_with_their_labels()
    {
        var models = EntityModels.Default;
        Assert.Contains("NNP", models.PosModel.Labels);
        Assert.Contains("B-NP", models.ChunkModel.Labels);
        Assert.Equal(9, models.NerModel.LabelCount);
        Assert.True(models.NerModel.FeatureCount > 10_000);
    }

    [Fact]
    public void A_saved_model_loads_back_to_the_same_bytes()
    {
        var bytes = ShippedBytes();
        var again = LinearModel.Load(bytes, "test.bin", "chunk", EntityModels.Default.ChunkModel.FeatureVersion);
        using var ms = new MemoryStream();
        again.Save(ms);
        Assert.Equal(bytes, ms.ToArray());
    }

    [Fact]
    public void A_truncated_model_is_rejected_at_load()
    {
        var bytes = ShippedBytes();
        var ex = LoadFails(bytes[..(bytes.Length / 2)]);
        Assert.Contains("truncated", ex.Message);
    }

    [Fact]
    public void A_model_of_another_format_version_is_rejected_at_load()
    {
        var bytes = ShippedBytes();
        bytes[8] = 99;
        var ex = LoadFails(bytes);
        Assert.Contains("version 99", ex.Message);
    }

    [Fact]
    public void A_corrupted_model_fails_its_checksum()
    {
        var bytes = ShippedBytes();
        bytes[^5] ^= 0x40;
        Assert.Contains("checksum", LoadFails(bytes).Message);
    }

    [Fact]
    public void A_file_that_is_no_model_is_rejected()
    {
        Assert.Contains("not a Sitrep model", LoadFails("hello, world, this is text"u8.ToArray()).Message);
    }

    [Fact]
    public void A_model_of_another_kind_or_feature_set_is_rejected()
    {
        var bytes = ShippedBytes();
        Assert.Contains("'chunk' model where a 'ner'", Assert.Throws<ModelFormatException>(() => LinearModel.Load(bytes, "x", "ner", 1)).Message);
        Assert.Contains("feature set version", Assert.Throws<ModelFormatException>(() => LinearModel.Load(bytes, "x", "chunk", 999)).Message);
    }

    [Fact]
    public void A_missing_model_file_is_reported_by_path()
    {
        var ex = Assert.Throws<ModelFormatException>(() => LinearModel.Load("/nonexistent/ner.bin", "ner", 1));
        Assert.Contains("/nonexistent/ner.bin", ex.Message);
    }

    [Fact]
    public void A_missing_embedded_model_is_reported_by_resource_name()
    {
        var ex = Assert.Throws<ModelFormatException>(() => LinearModel.LoadEmbedded("absent.bin", "ner", 1));
        Assert.Contains("Sitrep.Models.absent.bin", ex.Message);
    }
}
