using KepuBot.Conversation;
using KepuBot.Safety;
using KepuBot.Safety.Fraud;

namespace KepuBot.Fraud;

/// <summary>Counts every turn that showed a fraud risk, for the staff statistics (masked text, the local day).</summary>
public sealed class FraudStatistics(IFraudEventStore events, TimeProvider clock) : ITurnObserver
{
    /// <inheritdoc />
    public async Task TurnFinishedAsync(FinishedTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var flags = turn.Answer.Flags;
        if (flags.FraudRisk == FraudRisk.None)
        {
            return;
        }

        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(turn.At, clock.LocalTimeZone).DateTime);
        await events.RecordAsync(
            new FraudEvent(turn.At, day, turn.Request.Channel, turn.Answer.TurnId!, flags.FraudRisk.ToString().ToLowerInvariant(), flags.Scenario ?? "unknown", PersonalDataMasker.Mask(turn.Text), flags.Cues),
            cancellationToken);
    }
}
