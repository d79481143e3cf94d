using System.Text.Json;
using System.Text.Json.Serialization;
using KepuBot.Safety.Fraud;

namespace KepuBot.Conversation;

/// <summary>Writes <see cref="FraudRisk"/> as "none", "medium" or "high", the answer contract's wording.</summary>
internal sealed class FraudRiskJsonConverter() : JsonStringEnumConverter<FraudRisk>(JsonNamingPolicy.CamelCase, allowIntegerValues: false);
