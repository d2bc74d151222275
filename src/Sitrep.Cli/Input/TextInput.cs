using System.Globalization;
using System.Text;

namespace Sitrep.Cli.Input;

/// <summary>Reads and validates one article's text: size limit, binary data, UTF-8.</summary>
public static class TextInput
{
    /// <summary>Largest single document accepted; a news article is rarely over 100 KB.</summary>
    public const int MaxDocumentBytes = 8 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string ReadFile(string path)
    {
        if (path == "-")
        {
            using var stdin = Console.OpenStandardInput();
            return Decode(ReadBounded(stdin, "<stdin>"), "<stdin>");
        }

        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new InputException(Directory.Exists(path) ? $"{path}: is a directory, not a file" : $"{path}: no such file");
        }

        if (info.Length > MaxDocumentBytes)
        {
            throw new InputException($"{path}: {info.Length:N0} bytes is over the {MaxDocumentBytes / (1024 * 1024)} MB limit for one document; split it or use --input with JSON Lines");
        }

        return Decode(File.ReadAllBytes(path), path);
    }

    private static byte[] ReadBounded(Stream stream, string name)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, n);
            if (buffer.Length > MaxDocumentBytes)
            {
                throw new InputException($"{name}: over the {MaxDocumentBytes / (1024 * 1024)} MB limit for one document; split it or use --input with JSON Lines");
            }
        }

        return buffer.ToArray();
    }

    /// <summary>Decodes strict UTF-8 (a BOM is dropped), rejecting binary data and invalid sequences with their byte offset.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, string name)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        int nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            throw new InputException($"{name}: binary data (NUL byte at offset {nul}); expected UTF-8 text");
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            int at = ex.Index >= 0 ? ex.Index : FindInvalidUtf8(bytes);
            throw new InputException($"{name}: invalid UTF-8 at byte offset {at}");
        }

        return CheckText(text, name);
    }

    /// <summary>Rejects empty text and text that is mostly control characters.</summary>
    public static string CheckText(string text, string name)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new InputException($"{name}: empty input; expected the text of an article");
        }

        int control = 0;
        foreach (char c in text)
        {
            if (char.IsControl(c) && c is not '\n' and not '\r' and not '\t' and not '\f')
            {
                control++;
            }
        }

        if (control > text.Length / 20)
        {
            throw new InputException($"{name}: binary data ({control} control characters in {text.Length}); expected UTF-8 text");
        }

        return text;
    }

    private static int FindInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length], out int read, out _, replaceInvalidSequences: false);
        return status == System.Buffers.OperationStatus.Done ? -1 : read;
    }

    /// <summary>Parses a --published or "published" value: an ISO date, or the date part of an ISO timestamp.</summary>
    public static bool TryParsePublished(string? value, out DateOnly date) => Sitrep.Storage.EventFilters.TryParseDate(value, out date);
}
