using KepuBot.Conversation;
using KepuKnowledge;

namespace KepuBot.Tests.Conversation;

public sealed class ReplyBookTests : IDisposable
{
    private readonly string _lexicon = Directory.CreateTempSubdirectory("kepu-replies-").FullName;

    [Fact]
    public void The_bundled_replies_hold_every_key_the_service_uses()
    {
        var book = new ReplyBook(new KnowledgePaths(RepoPaths.Corpus, Path.Combine(RepoPaths.Corpus, "lexicon"), _lexicon));

        Assert.All(ReplyKeys.All, key => Assert.NotEmpty(book.Text(key)));
        Assert.True(book.List(ReplyKeys.StarterQuestions).Count >= 3);
        Assert.Contains('\n', book.Text(ReplyKeys.WeChatWelcome));
    }

    [Fact]
    public void A_missing_reply_stops_the_service_at_start_up_naming_the_key()
    {
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.Corpus, "lexicon", "replies.txt"))
            .Where(line => !line.StartsWith(ReplyKeys.NoBasis + "\t", StringComparison.Ordinal));
        File.WriteAllLines(Path.Combine(_lexicon, "replies.txt"), lines);

        var error = Assert.Throws<InvalidOperationException>(() => new ReplyBook(new KnowledgePaths(_lexicon, _lexicon, _lexicon)));

        Assert.Contains(ReplyKeys.NoBasis, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Placeholders_line_breaks_and_lists_are_read_from_the_file()
    {
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.Corpus, "lexicon", "replies.txt"))
            .Where(line => !line.StartsWith(ReplyKeys.Handoff + "\t", StringComparison.Ordinal)
                && !line.StartsWith(ReplyKeys.StarterQuestions + "\t", StringComparison.Ordinal))
            .Append(ReplyKeys.Handoff + "\t请拨打{0}。\\n谢谢")
            .Append(ReplyKeys.StarterQuestions + "\t甲？| 乙？ ||丙？");
        File.WriteAllLines(Path.Combine(_lexicon, "replies.txt"), lines);

        var book = new ReplyBook(new KnowledgePaths(_lexicon, _lexicon, _lexicon));

        Assert.Equal("请拨打12345。\n谢谢", book.Text(ReplyKeys.Handoff, "12345"));
        Assert.Equal(["甲？", "乙？", "丙？"], book.List(ReplyKeys.StarterQuestions));
    }

    public void Dispose() => Directory.Delete(_lexicon, recursive: true);
}
