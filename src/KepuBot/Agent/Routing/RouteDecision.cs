using KepuBot.Conversation;
using KepuBot.Safety.Danger;
using KepuBot.Safety.Fraud;
using KepuBot.Safety.Rumors;

namespace KepuBot.Agent.Routing;

/// <summary>The router's verdict on a message: the intent and the safety assessments behind it.</summary>
/// <param name="Intent">The answer path chosen.</param>
/// <param name="Fraud">Fraud assessment (always computed, whatever the intent).</param>
/// <param name="Rumor">Rumor assessment (always computed).</param>
/// <param name="Danger">For emergencies, the situation, the service to call and the cues that decided it.</param>
public sealed record RouteDecision(Intent Intent, FraudAssessment Fraud, RumorAssessment Rumor, DangerReading? Danger = null);
