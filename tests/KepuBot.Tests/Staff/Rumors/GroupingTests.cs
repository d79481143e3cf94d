namespace KepuBot.Tests.Staff.Rumors;

/// <summary>Reports of one claim group into one case; different claims stay apart (cases in paraphrase-groups.txt).</summary>
public sealed class GroupingTests(StaffHost host) : IClassFixture<StaffHost>
{
    [Fact]
    public async Task Paraphrases_share_a_case_and_different_claims_never_do()
    {
        var groups = ParaphraseGroups.Load();
        var turns = new List<(string Group, string Message, string TurnId)>();
        var resident = 0;
        foreach (var (name, messages) in groups)
        {
            foreach (var message in messages)
            {
                var answer = await QueueCalls.AskAsync(host.Client, message, $"resident-{resident++}");
                Assert.True(answer.GetProperty("flags").GetProperty("rumor").GetBoolean(), $"not taken as rumor-like: {message}");
                turns.Add((name, message, answer.Text("turnId")));
            }
        }

        using var staff = await host.SignedInAsync(admin: false);
        var caseOfTurn = await QueueCalls.CasesByTurnAsync(staff);
        var casesByGroup = turns.GroupBy(t => t.Group).ToDictionary(g => g.Key, g => g.Select(t => caseOfTurn[t.TurnId]).Distinct().ToList());
        foreach (var (group, cases) in casesByGroup)
        {
            var split = string.Join(" / ", turns.Where(t => t.Group == group).GroupBy(t => caseOfTurn[t.TurnId]).Select(c => string.Join("|", c.Select(t => t.Message))));
            Assert.True(cases.Count == 1, $"{group} was split: {split}");
        }

        var shared = casesByGroup.GroupBy(g => g.Value[0]).Where(c => c.Count() > 1).Select(c => string.Join(" + ", c.Select(g => g.Key))).ToList();
        Assert.True(shared.Count == 0, "different claims merged: " + string.Join("; ", shared));
    }
}
