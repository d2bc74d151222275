using Sitrep.Places;

// Usage: dotnet run --project tools/gazetteer/indexer -- SOURCE OUT
// SOURCE is the file build.mjs writes (format SGZS); OUT receives the indexed gazetteer (format SGAZ v3).
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: indexer SOURCE OUT");
    return 2;
}

try
{
    var source = GazetteerSource.Load(args[0]);
    var bytes = GazetteerWriter.Write(source);

    // Read it back before replacing the shipped file: a writer bug must not ship.
    var loaded = Gazetteer.Load(new MemoryStream(bytes), args[1]);
    File.WriteAllBytes(args[1], bytes);
    Console.WriteLine($"gazetteer: {loaded.Features.Count} features, {loaded.NameKeyCount} name keys, {bytes.Length} B -> {args[1]}");
    return 0;
}
catch (IOException ex)
{
    Console.Error.WriteLine($"gazetteer: {ex.Message}");
    return 2;
}
