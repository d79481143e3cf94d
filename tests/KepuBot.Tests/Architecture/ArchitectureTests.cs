namespace KepuBot.Tests.Architecture;

/// <summary>The dependency rule of src/KepuBot/README.md, checked against the compiled service.</summary>
public sealed class ArchitectureTests
{
    // What every channel, and the Activity code two of them share, may use: the channels' own helpers, the turn and
    // its answer contract. Their stores are declared as interfaces here and put over the database by Persistence.
    private static readonly string[] ChannelTargets =
        ["KepuBot.Channels", "KepuBot.Channels.Activities", "KepuBot.Channels.Traffic", "KepuBot.Conversation"];

    // Module → what it may use besides itself. Keep in step with the table in src/KepuBot/README.md.
    internal static readonly DependencyRule KepuBotRule = new(new Dictionary<string, string[]>
    {
        // Composition roots: they wire everything.
        ["KepuBot.Hosting"] = ["KepuBot.*"],
        ["KepuBot.Cli"] = ["KepuBot.*"],
        ["KepuBot.Evaluation"] = ["KepuBot.Agent.*", "KepuBot.Conversation.*", "KepuBot.Safety.*"],
        ["KepuBot.Knowledge"] = [],

        // The staff console's HTTP surface sits on the features it serves.
        ["KepuBot.Staff"] = ["KepuBot.Rumors.*", "KepuBot.Fraud.*", "KepuBot.Conversation.*", "KepuBot.Safety.*", "KepuBot.Persistence", "KepuBot.Persistence.Audit", "KepuBot.Channels", "KepuBot.Channels.Traffic.*"],

        // Feature slices receive finished turns.
        ["KepuBot.Rumors"] = ["KepuBot.Conversation.*", "KepuBot.Safety.*", "KepuBot.Persistence", "KepuBot.Persistence.Audit"],
        ["KepuBot.Fraud"] = ["KepuBot.Conversation.*", "KepuBot.Safety.*", "KepuBot.Persistence", "KepuBot.Persistence.Audit"],

        // Channels: each stands alone on the shared Activity code, the traffic helpers, the turn and its answer contract.
        ["KepuBot.Channels"] = [],
        ["KepuBot.Channels.Traffic"] = ["KepuBot.Channels"],
        ["KepuBot.Channels.Activities"] = ChannelTargets,
        ["KepuBot.Channels.BotFramework"] = ChannelTargets,
        ["KepuBot.Channels.DirectLine"] = ChannelTargets,
        ["KepuBot.Channels.WeChat"] = ChannelTargets,
        ["KepuBot.Channels.Web"] = ChannelTargets,

        // The turn, top to bottom: the pipeline asks an IQuestionAnswerer it declares, and the agent implements it on
        // the turn's answer contract, so the agent points at the turn and never the other way.
        ["KepuBot.Conversation"] = ["KepuBot.Safety.*"],
        ["KepuBot.Agent"] = ["KepuBot.Conversation", "KepuBot.Safety.*"],
        ["KepuBot.Safety"] = [],

        // Database infrastructure; one data migration masks stored personal data with Safety's masker.
        ["KepuBot.Persistence"] = ["KepuBot.Safety"],

        // The stores the turn and the channels declare, over the database.
        ["KepuBot.Persistence.Stores"] = ["KepuBot.Persistence", "KepuBot.Conversation", "KepuBot.Safety", "KepuBot.Channels.Activities", "KepuBot.Channels.BotFramework", "KepuBot.Channels.DirectLine", "KepuBot.Channels.WeChat"],
    });

    private static IReadOnlySet<(string From, string To)> Service => NamespaceDependencies.Of(typeof(Program).Assembly, "KepuBot");

    [Fact]
    public void Every_namespace_depends_only_as_the_rule_allows()
    {
        var violations = KepuBotRule.Violations(Service);
        Assert.True(violations.Count == 0, "Against the rule:\n" + string.Join('\n', violations));
    }

    [Fact]
    public void No_folder_depends_on_itself_through_another()
    {
        // A folder may use the folder it sits in (the stage's shared types, such as the answer contract in Agent/ or
        // the cue model in Safety/), as C# name lookup does; any other way back is a loop.
        var edges = Service.Where(e => !e.From.StartsWith(e.To + ".", StringComparison.Ordinal));
        var loops = DependencyRule.Loops(edges).Select(loop => string.Join(" <-> ", loop)).ToList();
        Assert.True(loops.Count == 0, "Loops:\n" + string.Join('\n', loops));
    }

    [Fact]
    public void No_KepuKnowledge_folder_depends_on_itself_through_another()
    {
        // The library's stages (Ingestion, Analysis, Indexing, Retrieval, Duties, Library) point one way too: Indexing
        // takes what it stores beside the index through ISnapshotContributor, so Duties uses Indexing and not back.
        var library = NamespaceDependencies.Of(typeof(KepuKnowledge.KnowledgeBase).Assembly, "KepuKnowledge");
        Assert.Contains(("KepuKnowledge.Duties", "KepuKnowledge.Indexing"), library);

        var edges = library.Where(e => !e.From.StartsWith(e.To + ".", StringComparison.Ordinal));
        var loops = DependencyRule.Loops(edges).Select(loop => string.Join(" <-> ", loop)).ToList();
        Assert.True(loops.Count == 0, "Loops:\n" + string.Join('\n', loops));
    }

    [Fact]
    public void The_reader_sees_uses_inside_method_bodies_and_generic_arguments()
    {
        // KepuAgent names the answer contract in its signatures; the Web channel reaches ITurnPipeline inside a lambda.
        var edges = Service;
        Assert.Contains(("KepuBot.Agent", "KepuBot.Conversation"), edges);
        Assert.Contains(("KepuBot.Channels.Web", "KepuBot.Conversation"), edges);
    }

    [Fact]
    public void The_rule_rejects_an_edge_against_it()
    {
        Assert.Equal(
            ["KepuBot.Safety.Rumors -> KepuBot.Agent.Answering (KepuBot.Safety may not use KepuBot.Agent)"],
            KepuBotRule.Violations([("KepuBot.Agent.Answering", "KepuBot.Safety.Rumors"), ("KepuBot.Safety.Rumors", "KepuBot.Agent.Answering")]));
    }

    [Fact]
    public void A_pattern_without_star_allows_that_namespace_only()
    {
        var violations = KepuBotRule.Violations([("KepuBot.Staff", "KepuBot.Persistence"), ("KepuBot.Staff", "KepuBot.Persistence.Stores")]);
        Assert.Equal(["KepuBot.Staff -> KepuBot.Persistence.Stores (KepuBot.Staff may not use KepuBot.Persistence.Stores)"], violations);
    }

    [Fact]
    public void One_channel_may_not_use_another()
    {
        Assert.Single(KepuBotRule.Violations([("KepuBot.Channels.DirectLine", "KepuBot.Channels.BotFramework")]));
    }

    [Fact]
    public void A_namespace_outside_the_rule_is_reported()
    {
        Assert.Equal(["KepuBot.Storage belongs to no module of the rule"], KepuBotRule.Violations([("KepuBot.Storage", "KepuBot.Safety")]));
    }

    [Fact]
    public void Loops_are_found_also_inside_one_module()
    {
        var loops = DependencyRule.Loops([("A.X", "A.Y"), ("A.Y", "A.Z"), ("A.Z", "A.X"), ("A.Z", "B")]);
        Assert.Equal(["A.X", "A.Y", "A.Z"], Assert.Single(loops));
    }
}
