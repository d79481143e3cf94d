using KepuBot.Safety.Danger;

namespace KepuBot.Tests.Safety.Danger;

/// <summary>
/// A person in danger now is recognised, in everyday and dialect words, and the service to call is the right one;
/// asking ahead of time, a past event or an ordinary question that shares words is not an emergency.
/// </summary>
public sealed class DangerReaderTests
{
    internal static DangerLexicon Lexicon { get; } = DangerLexicon.Load(Path.Combine(RepoPaths.Corpus, "lexicon", "danger"));

    private static readonly DangerReader Reader = new(Lexicon);

    [Theory]
    [MemberData(nameof(EmergencyCases.Emergencies), MemberType = typeof(EmergencyCases))]
    public void A_person_in_danger_is_recognised_with_the_number_to_call_first(string id, string situation, string number, string text)
    {
        var reading = Reader.Read(text);

        Assert.True(reading is not null, $"{id} ({situation}) not recognised: {text}");
        Assert.True(number == reading.Service.Numbers[0], $"{id}: {text} → {reading.Situation.Id}, calls {reading.Service.Numbers[0]}, expected {number}");
    }

    [Theory]
    [MemberData(nameof(EmergencyCases.Ordinary), MemberType = typeof(EmergencyCases))]
    public void Asking_ahead_a_past_event_or_an_ordinary_question_is_not_an_emergency(string id, string situation, string number, string text)
    {
        _ = (situation, number);
        var reading = Reader.Read(text);

        Assert.True(reading is null, $"{id} read as {reading?.Situation.Id}: {text} [{string.Join(' ', reading?.Cues ?? [])}]");
    }

    [Theory]
    [InlineData("想学一下心肺复苏 万一以后用得上", "cardiac-arrest")]
    [InlineData("家里老人要是噎住了该咋弄 先学学", "choking")]
    [InlineData("万一遇到地震该咋办 先了解下", "earthquake")]
    [InlineData("娃以前高烧抽过一次 要是再抽该咋弄", "seizure")]
    public void A_learning_question_names_its_situation_without_being_an_emergency(string text, string situation)
    {
        Assert.Null(Reader.Read(text));
        Assert.Equal(situation, Reader.ReadLearning(text)?.Situation.Id);
    }

    [Fact]
    public void Configured_numbers_replace_the_file_defaults_and_an_unknown_service_is_refused()
    {
        var local = Lexicon.WithNumbers(new Dictionary<string, string> { ["crisis"] = "110 12320" });

        Assert.Equal(["110", "12320"], local.Services["crisis"].Numbers);
        Assert.Contains("12320", local.Services["crisis"].LeadSentence(), StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => Lexicon.WithNumbers(new Dictionary<string, string> { ["ambulance"] = "120" }));
    }

    [Fact]
    public void Every_situation_has_a_service_and_a_card_file_with_first_steps()
    {
        foreach (var situation in Lexicon.Situations)
        {
            var card = Path.Combine(RepoPaths.Corpus, "kepu", "emergency", situation.CardId + ".md");
            Assert.True(File.Exists(card), $"{situation.Id}: no card {card}");
            Assert.Contains("## 马上做", File.ReadAllText(card), StringComparison.Ordinal);
        }
    }
}
