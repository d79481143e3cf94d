using System.Globalization;

namespace KepuKnowledge.Indexing;

/// <summary>
/// Versioned index snapshots on disk: each build goes into its own folder under <c>snapshots/</c>, and the
/// <c>CURRENT</c> file names the live one. Publishing renames a new <c>CURRENT</c> over the old, which is atomic,
/// so a reader sees either the old snapshot or the new one, never a half-built index.
/// </summary>
public sealed class IndexSnapshotStore(string root)
{
    private const string CurrentFile = "CURRENT";
    private const int SnapshotsKept = 3;

    /// <summary>The folder holding all snapshots.</summary>
    public string Root => root;

    /// <summary>The live snapshot's version, or null if none has been published.</summary>
    public string? CurrentVersion
    {
        get
        {
            var path = Path.Combine(root, CurrentFile);
            if (!File.Exists(path))
            {
                return null;
            }

            var version = File.ReadAllText(path).Trim();
            return version.Length > 0 && Directory.Exists(PathOf(version)) ? version : null;
        }
    }

    /// <summary>The folder of a snapshot version.</summary>
    public string PathOf(string version) => Path.Combine(root, "snapshots", version);

    /// <summary>Creates an empty folder for a new snapshot and returns its version.</summary>
    public string CreateStaging()
    {
        var version = DateTime.UtcNow.ToString("yyyyMMdd-HHmmssfff", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..8];
        Directory.CreateDirectory(PathOf(version));
        return version;
    }

    /// <summary>Makes <paramref name="version"/> the live snapshot and removes old ones beyond the few kept.</summary>
    public void Publish(string version)
    {
        Directory.CreateDirectory(root);
        var temp = Path.Combine(root, $"{CurrentFile}.{Guid.NewGuid():N}.tmp");
        File.WriteAllText(temp, version);
        File.Move(temp, Path.Combine(root, CurrentFile), overwrite: true);
        Prune(version);
    }

    /// <summary>Removes a staging folder that will not be published.</summary>
    public void Discard(string version)
    {
        var path = PathOf(version);
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
    }

    // Readers in this or another process may still hold an older snapshot open; on Linux its open files
    // survive deletion, and the most recent few are kept anyway for readers that have not yet swapped.
    private void Prune(string live)
    {
        var folder = Path.Combine(root, "snapshots");
        var old = Directory.GetDirectories(folder)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(v => v != live)
            .OrderDescending(StringComparer.Ordinal)
            .Skip(SnapshotsKept - 1);
        foreach (var version in old)
        {
            try
            {
                Directory.Delete(PathOf(version), recursive: true);
            }
            catch (IOException)
            {
                // Still in use somewhere; the next publish tries again.
            }
            catch (UnauthorizedAccessException)
            {
                // Same as above.
            }
        }
    }
}
