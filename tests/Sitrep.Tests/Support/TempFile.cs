namespace Sitrep.Tests.Support;

/// <summary>A temporary file, deleted when disposed, for tests that write a file and read it back.</summary>
public sealed class TempFile : IDisposable
{
    public string Path { get; } = System.IO.Path.GetTempFileName();

    public void Dispose() => File.Delete(Path);

    /// <summary>The bytes <paramref name="save"/> writes to the path it is given (a model's <c>Save</c>).</summary>
    public static byte[] BytesWrittenBy(Action<string> save)
    {
        using var file = new TempFile();
        save(file.Path);
        return File.ReadAllBytes(file.Path);
    }
}
