namespace KepuBot.Safety.Danger;

/// <summary>A situation in which someone is in danger now, as listed in <c>corpus/lexicon/danger/situations.txt</c>.</summary>
/// <param name="Id">Situation id; cue families of this group describe it.</param>
/// <param name="Service">The emergency service to call (an id in <c>services.txt</c>).</param>
/// <param name="CardId">The vetted emergency card whose first steps follow the number.</param>
public sealed record DangerSituation(string Id, string Service, string CardId);
