namespace KepuBot.Tests.Staff;

/// <summary>Private copies of the bundled corpus, for tests that publish articles into it.</summary>
internal static class TestCorpus
{
    public static string Copy()
    {
        var target = Path.Combine(Path.GetTempPath(), "kepu-staff-corpus", Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Corpus, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(RepoPaths.Corpus, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }

    public static void Delete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Still held; the OS temp cleaner removes it.
        }
    }
}
