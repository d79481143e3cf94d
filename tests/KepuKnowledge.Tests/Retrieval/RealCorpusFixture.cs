namespace KepuKnowledge.Tests.Retrieval;

/// <summary>The bundled corpus indexed once into a temporary folder, shared by the retrieval tests.</summary>
public sealed class RealCorpusFixture : IAsyncLifetime, IDisposable
{
    private readonly TempFolder _folder = new();

    public KnowledgeBase Knowledge { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Knowledge = TestKnowledge.Create(RepoPaths.Corpus, _folder.Path);
        var (_, errors) = await Knowledge.SyncAsync();
        Assert.Empty(errors);
    }

    public Task DisposeAsync()
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        Knowledge?.Index.Dispose();
        _folder.Dispose();
    }
}
