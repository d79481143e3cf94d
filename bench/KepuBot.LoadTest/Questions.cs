namespace KepuBot.LoadTest;

/// <summary>The questions to send, spread so that concurrent conversations ask different things.</summary>
internal sealed class Questions(IReadOnlyList<string> all)
{
    public string For(int conversation, int turn) => all[((conversation * 7) + turn) % all.Count];
}
